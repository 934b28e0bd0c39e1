from collections import Counter


def bpe_merge_step(words):
    counts = Counter()
    for word in words:
        for a, b in zip(word, word[1:]):
            counts[(a, b)] += 1
    if not counts:
        return None, [list(word) for word in words]
    top = max(counts.values())
    a, b = min(pair for pair, count in counts.items() if count == top)
    merged = []
    for word in words:
        out, j = [], 0
        while j < len(word):
            if j + 1 < len(word) and word[j] == a and word[j + 1] == b:
                out.append(a + b)
                j += 2
            else:
                out.append(word[j])
                j += 1
        merged.append(out)
    return [a, b], merged
