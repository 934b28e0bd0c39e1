# Too slow: scans the whole grid once per minute, O((m·n)^2) when the rot follows a long path.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        state = [row[:] for row in grid]
        minutes = 0
        while True:
            turning = []
            for r in range(rows):
                for c in range(cols):
                    if state[r][c] != 1:
                        continue
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 2:
                            turning.append((r, c))
                            break
            if not turning:
                break
            for r, c in turning:
                state[r][c] = 2
            minutes += 1
        if any(1 in row for row in state):
            return -1
        return minutes
