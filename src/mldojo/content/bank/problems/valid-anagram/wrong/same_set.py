# Compares the sets of characters (and the lengths), ignoring how often each character occurs.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return len(s) == len(t) and set(s) == set(t)
