import random
import string

from mldojo.content.testing import case


def _present(board, word):
    """Independent oracle for one word: iterative search over (cell, cells used) states."""
    rows, cols = len(board), len(board[0])
    stack = [
        ((r, c), frozenset([(r, c)]))
        for r in range(rows)
        for c in range(cols)
        if board[r][c] == word[0]
    ]
    while stack:
        (r, c), used = stack.pop()
        if len(used) == len(word):
            return True
        letter = word[len(used)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (
                0 <= nr < rows
                and 0 <= nc < cols
                and (nr, nc) not in used
                and board[nr][nc] == letter
            ):
                stack.append(((nr, nc), used | {(nr, nc)}))
    return False


def _checked(name, board, words):
    return case(name, board, words, expected=[w for w in words if _present(board, w)])


def _grid(*rows):
    return [list(row) for row in rows]


def _path_word(rng, board, length):
    """A word read along a random self-avoiding path (shorter if the path gets stuck)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    used, letters = {(r, c)}, [board[r][c]]
    while len(letters) < length:
        options = [
            (nr, nc)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
        ]
        if not options:
            break
        r, c = rng.choice(options)
        used.add((r, c))
        letters.append(board[r][c])
    return "".join(letters)


def _random_words(rng, board, alphabet, count):
    words = set()
    while len(words) < count:
        if rng.random() < 0.5:
            words.add(_path_word(rng, board, rng.randint(1, 10)))
        else:
            words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))))
    return sorted(words, key=lambda _: rng.random())


def public():
    return [
        case(
            "example 1",
            _grid("cat", "ore", "way"),
            ["cat", "core", "rate", "tea", "crow"],
            expected=["cat", "core", "rate"],
        ),
        case("example 2", _grid("no", "on"), ["noon", "non", "on"], expected=["non", "on"]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single cell, found", [["z"]], ["z"]),
        _checked("single cell, word too long", [["z"]], ["zz", "y"]),
        _checked("needs a cell twice", _grid("ab"), ["aba", "ab", "ba"]),
        _checked("one word, many paths", _grid("aa", "aa"), ["aaa", "aaaa", "aaaaa"]),
        _checked("word and its prefix", _grid("abc", "fed"), ["abc", "abcdef", "ab", "abd"]),
        _checked("a cell used by an earlier word", _grid("ab", "cd"), ["abdc", "cdba", "acdb"]),
        _checked(
            "snake through the whole grid", _grid("abc", "fed", "ghi"), ["abcdefghi", "ihgfedcba"]
        ),
        _checked("single column", [["q"], ["r"], ["s"]], ["qrs", "srq", "qs"]),
        _checked(
            "every prefix of a long run",
            [["a"] * 4 for _ in range(3)],
            ["a" * k for k in range(1, 11)] + ["ab"],
        ),
    ]
    for k in range(14):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        alphabet = ("ab", "abc", "abcde", string.ascii_lowercase)[k % 4]
        board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
        cases.append(
            _checked(
                f"random {k + 1}", board, _random_words(rng, board, alphabet, rng.randint(1, 30))
            )
        )

    # Every word starts with "aaaa" on a board of mostly a's, so a separate search per word walks
    # all the a-paths again for each of 30000 words; the trie walks them once.
    board = [["a"] * 12 for _ in range(12)]
    for _ in range(12):
        board[rng.randrange(12)][rng.randrange(12)] = rng.choice("bcde")
    tails = set()
    while len(tails) < 30_000:
        tails.add(
            rng.choice("bcdefghijklmnopqrstuvwxyz")
            + "".join(rng.choice("abcde") for _ in range(rng.randint(0, 5)))
        )
    cases.append(
        case("30000 words sharing a prefix of a's", board, ["aaaa" + t for t in sorted(tails)])
    )

    board = [[rng.choice(string.ascii_lowercase) for _ in range(12)] for _ in range(12)]
    words = {_path_word(rng, board, rng.randint(1, 10)) for _ in range(2_000)}
    while len(words) < 30_000:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 10))))
    cases.append(case("12 x 12 random board, 30000 words", board, sorted(words)))

    board = [["a"] * 12 for _ in range(12)]
    cases.append(case("all a's, every run length", board, ["a" * k for k in range(1, 11)]))
    return cases
