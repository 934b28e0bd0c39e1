# Counts a pair once per word (a set of pairs) instead of once per occurrence.
from collections import Counter


def bpe_merge_step(words):
    counts = Counter(p for w in words for p in set(zip(w, w[1:])))
    if not counts:
        return None, [list(w) for w in words]
    top = max(counts.values())
    a, b = min(p for p, c in counts.items() if c == top)
    merged = []
    for w in words:
        out, j = [], 0
        while j < len(w):
            if j + 1 < len(w) and (w[j], w[j + 1]) == (a, b):
                out.append(a + b)
                j += 2
            else:
                out.append(w[j])
                j += 1
        merged.append(out)
    return [a, b], merged
