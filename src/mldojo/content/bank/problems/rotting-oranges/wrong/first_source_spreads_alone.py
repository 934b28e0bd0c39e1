# Lets the first rotten orange spread all the way alone, so it claims oranges a nearer one rots sooner.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        state = [row[:] for row in grid]
        sources = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
        minutes = 0
        for source in sources:
            queue = deque([(source[0], source[1], 0)])
            while queue:
                r, c, minute = queue.popleft()
                minutes = max(minutes, minute)
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                        state[nr][nc] = 2
                        queue.append((nr, nc, minute + 1))
        return -1 if any(1 in row for row in state) else minutes
