import random

from mldojo.content.testing import case


def _exists_by_stack(board, word):
    """Independent oracle: iterative search over (cell, path so far) states on a stack."""
    rows, cols = len(board), len(board[0])
    stack = [((r, c), frozenset([(r, c)])) for r in range(rows) for c in range(cols)
             if board[r][c] == word[0]]
    while stack:
        (r, c), path = stack.pop()
        if len(path) == len(word):
            return True
        letter = word[len(path)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path \
                    and board[nr][nc] == letter:
                stack.append(((nr, nc), path | {(nr, nc)}))
    return False


def _board(*rows):
    return [list(row) for row in rows]


def _random_path_word(rng, board, length):
    """A word read along a random self-avoiding path (shorter if the path gets stuck)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path, letters = {(r, c)}, [board[r][c]]
    while len(letters) < length:
        options = [(nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path]
        if not options:
            break
        r, c = rng.choice(options)
        path.add((r, c))
        letters.append(board[r][c])
    return "".join(letters)


def public():
    grid = ("DOG", "XTA", "CAR")
    return [
        case("example 1", _board(*grid), "GATOD", expected=True),
        case("example 2", _board(*grid), "TAT", expected=False),
        case("example 3", _board("ab", "ba"), "aa", expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single cell, match", _board("Q"), "Q", expected=True),
        case("single cell, no match", _board("Q"), "q", expected=False),
        case("single cell, word too long", _board("Q"), "QQ", expected=False),
        case("word longer than the board", _board("AB", "CD"), "ABDCA", expected=False),
        case("needs a cell twice", _board("AB"), "ABA", expected=False),
        case("uses every cell", _board("ABC", "FED", "GHI"), "ABCDEFGHI", expected=True),
        case("spells backwards along a row", _board("ABCDEF"), "FEDCBA", expected=True),
        case("single column", [["x"], ["y"], ["z"]], "zyx", expected=True),
        case("first start fails, second works", _board("ABX", "YYY", "ABC"), "ABC", expected=True),
        # Starting at the top-left C dead-ends after both C's; the answer starts at the other C
        # and needs both cells again.
        case("failed start leaves no marks behind", _board("CC", "AB"), "CCA", expected=True),
        case("case-sensitive", _board("aB", "Cd"), "abcd", expected=False),
        case("all letters the same, word fits", [["A"] * 6 for _ in range(6)], "A" * 15,
             expected=True),
        case("all A, last letter missing", [["A"] * 6 for _ in range(6)], "A" * 9 + "B",
             expected=False),
    ]
    for k in range(14):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        alphabet = rng.choice(["AB", "ABC", "ABCDE", "abAB"])
        board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
        if k % 2:
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 15)))
        else:
            word = _random_path_word(rng, board, rng.randint(1, 15))
        cases.append(case(f"random {k + 1}", board, word, expected=_exists_by_stack(board, word)))
    return cases
