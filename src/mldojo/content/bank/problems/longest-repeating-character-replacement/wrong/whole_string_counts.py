# Counts the most frequent letter over the whole string and adds k, as if its copies were contiguous.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        top = max(s.count(letter) for letter in set(s))
        return min(len(s), top + k)
