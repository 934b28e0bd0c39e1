class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        pass
