# Merges by joining tokens with spaces and calling str.replace, which also matches across token boundaries ("a b" inside "ca b").
from collections import Counter


def bpe_merge_step(words):
    counts = Counter(p for w in words for p in zip(w, w[1:]))
    if not counts:
        return None, [list(w) for w in words]
    top = max(counts.values())
    a, b = min(p for p, c in counts.items() if c == top)
    merged = [" ".join(w).replace(f"{a} {b}", a + b).split(" ") if w else [] for w in words]
    return [a, b], merged
