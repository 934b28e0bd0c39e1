# Too slow: removes each character of s from a list of t's characters, O(n^2).
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        remaining = list(t)
        for char in s:
            if char not in remaining:
                return False
            remaining.remove(char)
        return True
