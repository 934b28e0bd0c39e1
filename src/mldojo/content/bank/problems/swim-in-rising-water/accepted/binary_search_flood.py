# Binary search on the time, with an iterative depth-first flood fill to test each guess.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)

        def reachable(t: int) -> bool:
            if grid[0][0] > t:
                return False
            seen = {(0, 0)}
            stack = [(0, 0)]
            while stack:
                row, col = stack.pop()
                if row == n - 1 and col == n - 1:
                    return True
                for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                    if 0 <= r < n and 0 <= c < n and (r, c) not in seen and grid[r][c] <= t:
                        seen.add((r, c))
                        stack.append((r, c))
            return False

        low, high = 0, n * n - 1
        while low < high:
            middle = (low + high) // 2
            if reachable(middle):
                high = middle
            else:
                low = middle + 1
        return low
