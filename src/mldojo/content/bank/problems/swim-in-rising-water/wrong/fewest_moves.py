# Follows a route with the fewest moves (breadth-first search) and returns its highest square.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        highest = {(0, 0): grid[0][0]}
        queue = deque([(0, 0)])
        while queue:
            row, col = queue.popleft()
            for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                if 0 <= r < n and 0 <= c < n and (r, c) not in highest:
                    highest[(r, c)] = max(highest[(row, col)], grid[r][c])
                    queue.append((r, c))
        return highest[(n - 1, n - 1)]
