# Stops the search at the first valid board instead of collecting all of them.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        columns = []

        def place(row):
            if row == n:
                return True
            for col in range(n):
                if all(c != col and abs(c - col) != row - r for r, c in enumerate(columns)):
                    columns.append(col)
                    if place(row + 1):
                        return True
                    columns.pop()
            return False

        if not place(0):
            return []
        return [["." * c + "Q" + "." * (n - c - 1) for c in columns]]
