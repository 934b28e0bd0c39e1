# Checks columns and the r - c diagonals but not the r + c diagonals, so extra boards slip through.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards = []
        columns = []

        def place(row):
            if row == n:
                boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
                return
            for col in range(n):
                if any(c == col or r - c == row - col for r, c in enumerate(columns)):
                    continue
                columns.append(col)
                place(row + 1)
                columns.pop()

        place(0)
        return boards
