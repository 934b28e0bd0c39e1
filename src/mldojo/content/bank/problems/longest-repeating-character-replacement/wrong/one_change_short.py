# Off by one: treats a window as valid only while it needs fewer than k changes, so k - 1 are used.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = {}
        left = 0
        best = 0
        for right, letter in enumerate(s):
            counts[letter] = counts.get(letter, 0) + 1
            while right - left + 1 - max(counts.values()) >= k and left < right:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
