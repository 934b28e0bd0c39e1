# Too slow: grows a window from every start until it needs more than k changes, O(n^2) when answers are long.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        n = len(s)
        for start in range(n):
            counts = {}
            top = 0
            for end in range(start, n):
                counts[s[end]] = counts.get(s[end], 0) + 1
                top = max(top, counts[s[end]])
                if end - start + 1 - top > k:
                    break
                best = max(best, end - start + 1)
        return best
