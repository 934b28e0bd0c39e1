# Too slow: fills every row with every column (n^n boards) and only validates complete boards.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards = []
        for columns in itertools.product(range(n), repeat=n):
            ok = True
            for r1 in range(n):
                for r2 in range(r1 + 1, n):
                    c1, c2 = columns[r1], columns[r2]
                    if c1 == c2 or abs(c1 - c2) == r2 - r1:
                        ok = False
            if ok:
                boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
        return boards
