class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result: list[str] = []
        path: list[str] = []

        def extend(opened: int, closed: int) -> None:
            if closed == n:
                result.append("".join(path))
                return
            if opened < n:
                path.append("(")
                extend(opened + 1, closed)
                path.pop()
            if closed < opened:
                path.append(")")
                extend(opened, closed + 1)
                path.pop()

        extend(0, 0)
        return result
