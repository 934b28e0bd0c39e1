# Marks visited cells by overwriting them with 0 and turns at a 0, but 0 can be a real value.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        grid = [row[:] for row in matrix]
        m, n = len(grid), len(grid[0])
        moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        r = c = d = 0
        order = []
        for _ in range(m * n):
            order.append(grid[r][c])
            grid[r][c] = 0
            dr, dc = moves[d]
            nr, nc = r + dr, c + dc
            if not (0 <= nr < m and 0 <= nc < n) or grid[nr][nc] == 0:
                d = (d + 1) % 4
                dr, dc = moves[d]
                nr, nc = r + dr, c + dc
            r, c = nr, nc
        return order
