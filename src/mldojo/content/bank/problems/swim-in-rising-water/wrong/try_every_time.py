# Too slow: tests t = 0, 1, 2, ... in turn with a fresh breadth-first search each time, O(n⁴).
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        for t in range(max(grid[0][0], grid[-1][-1]), n * n):
            seen = {(0, 0)}
            queue = deque([(0, 0)])
            while queue:
                row, col = queue.popleft()
                if row == n - 1 and col == n - 1:
                    return t
                for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                    if 0 <= r < n and 0 <= c < n and (r, c) not in seen and grid[r][c] <= t:
                        seen.add((r, c))
                        queue.append((r, c))
        return n * n - 1
