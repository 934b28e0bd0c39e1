class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        seen = [[False] * n for _ in range(n)]
        seen[0][0] = True
        heap = [(grid[0][0], 0, 0)]
        while heap:
            level, row, col = heappop(heap)
            if row == n - 1 and col == n - 1:
                return level
            for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                if 0 <= r < n and 0 <= c < n and not seen[r][c]:
                    seen[r][c] = True
                    heappush(heap, (max(level, grid[r][c]), r, c))
        return -1
