# Breaks ties by first appearance (Counter.most_common) instead of the smallest pair.
from collections import Counter


def bpe_merge_step(words):
    counts = Counter(p for w in words for p in zip(w, w[1:]))
    if not counts:
        return None, [list(w) for w in words]
    a, b = counts.most_common(1)[0][0]
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
