import random
import string

from mldojo.content.testing import case

ALNUM = string.ascii_letters + string.digits
OTHER = " ,.;:!?'\"-_()[]{}#@*/\\\t"


def _oracle(s):
    """Independent oracle: the normalised string against its reverse."""
    kept = "".join(c for c in s.lower() if c in string.ascii_lowercase + string.digits)
    return kept == kept[::-1]


def _checked(name, s):
    return case(name, s, expected=_oracle(s))


def _noisy_palindrome(rng, half, noise):
    """A palindrome of letters and digits with random case and punctuation sprinkled in."""
    core = [rng.choice(string.ascii_lowercase + string.digits) for _ in range(half)]
    middle = [rng.choice(ALNUM)] if rng.random() < 0.5 else []
    chars = core + middle + core[::-1]
    out = []
    for c in chars:
        while rng.random() < noise:
            out.append(rng.choice(OTHER))
        out.append(c.upper() if rng.random() < 0.5 else c)
    return out


def public():
    return [
        case("example 1", "Step on no pets!", expected=True),
        case("example 2", "9 to 6", expected=False),
        case("example 3", " ,. ", expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one letter", "x"),
        _checked("one punctuation mark", "?"),
        _checked("same letter, two cases", "Qq"),
        _checked("two different letters", "ab"),
        _checked("digits, odd palindrome", "12321"),
        _checked("digits, not a palindrome", "123421"),
        _checked("a digit breaks a letter palindrome", "1a2"),
        _checked("digits hidden among letters", "ab1B2a"),
        _checked("letters around mirrored digits", "x1, 2y: Y2 1X"),
        _checked("punctuation only on one side", "abc!!cba"),
        _checked("punctuation that would not mirror", "a.b,a!"),
        _checked("mismatch behind punctuation", "a,b,,c,a"),
        _checked("tab and quotes", "\t'Ab' \"bA\"\t"),
    ]
    for k in range(10):
        chars = _noisy_palindrome(rng, rng.randint(0, 30), 0.3)
        if k % 2 and any(c.isalnum() for c in chars):
            spots = [i for i, c in enumerate(chars) if c.isalnum()]
            i = rng.choice(spots)
            chars[i] = rng.choice([c for c in ALNUM if c.lower() != chars[i].lower()])
        if not chars:
            chars = ["."]
        cases.append(_checked(f"random {k + 1}", "".join(chars)))
    big = _noisy_palindrome(rng, 70_000, 0.2)
    cases.append(_checked(f"{len(big)} characters, a palindrome", "".join(big)))
    spots = [i for i, c in enumerate(big) if c.isalnum()]
    i = spots[len(spots) // 2 - 1]
    big[i] = "0" if big[i].lower() != "0" else "1"
    cases.append(_checked(f"{len(big)} characters, one mismatch near the middle", "".join(big)))
    cases.append(_checked("200000 punctuation marks", "".join(rng.choice(OTHER) for _ in range(200_000))))
    return cases
