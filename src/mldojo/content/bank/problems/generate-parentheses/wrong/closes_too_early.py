# Allows ")" whenever fewer than n are closed, not only while one is open, so strings like "())(" appear.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []

        def extend(text, opened, closed):
            if len(text) == 2 * n:
                result.append(text)
                return
            if opened < n:
                extend(text + "(", opened + 1, closed)
            if closed < n:
                extend(text + ")", opened, closed + 1)

        extend("", 0, 0)
        return result
