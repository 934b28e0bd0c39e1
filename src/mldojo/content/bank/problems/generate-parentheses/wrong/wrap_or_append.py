# Builds level n only by wrapping a level n - 1 string in "()" or adding "()" at either end, missing "(())(())".
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        level = {"()"}
        for _ in range(n - 1):
            level = {form for s in level for form in ("(" + s + ")", "()" + s, s + "()")}
        return sorted(level)
