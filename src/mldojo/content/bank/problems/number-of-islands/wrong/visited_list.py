# Too slow: keeps visited cells in a list, so every membership test scans it, O((m·n)^2) overall.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        visited = []
        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1" or (r, c) in visited:
                    continue
                islands += 1
                visited.append((r, c))
                stack = [(r, c)]
                while stack:
                    row, col = stack.pop()
                    for nr, nc in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "1" and (nr, nc) not in visited:
                            visited.append((nr, nc))
                            stack.append((nr, nc))
        return islands
