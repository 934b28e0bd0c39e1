# Counts in an array of 26 slots indexed by ord(c) - ord('a'): breaks on capitals and non-ASCII characters.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        counts = [0] * 26
        for a, b in zip(s, t):
            counts[ord(a) - ord("a")] += 1
            counts[ord(b) - ord("a")] -= 1
        return all(count == 0 for count in counts)
