class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards: list[list[str]] = []
        columns: list[int] = []
        used_columns: set[int] = set()
        falling: set[int] = set()
        rising: set[int] = set()

        def place(row: int) -> None:
            if row == n:
                boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
                return
            for col in range(n):
                if col in used_columns or row - col in falling or row + col in rising:
                    continue
                columns.append(col)
                used_columns.add(col)
                falling.add(row - col)
                rising.add(row + col)
                place(row + 1)
                columns.pop()
                used_columns.remove(col)
                falling.remove(row - col)
                rising.remove(row + col)

        place(0)
        return boards
