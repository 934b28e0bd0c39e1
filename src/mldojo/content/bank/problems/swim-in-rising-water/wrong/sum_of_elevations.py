# Runs Dijkstra on the sum of elevations, then reports the highest square on that cheapest-sum path.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        heap = [(grid[0][0], grid[0][0], 0, 0)]
        done = set()
        while heap:
            total, highest, row, col = heapq.heappop(heap)
            if (row, col) in done:
                continue
            done.add((row, col))
            if row == n - 1 and col == n - 1:
                return highest
            for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                if 0 <= r < n and 0 <= c < n and (r, c) not in done:
                    heapq.heappush(heap, (total + grid[r][c], max(highest, grid[r][c]), r, c))
        return -1
