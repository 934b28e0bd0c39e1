# Union-find: add squares in increasing elevation until the two corners share a component.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        parent = list(range(n * n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        where = [0] * (n * n)
        for r in range(n):
            for c in range(n):
                where[grid[r][c]] = r * n + c
        for t, cell in enumerate(where):
            r, c = divmod(cell, n)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] < t:
                    parent[find(nr * n + nc)] = find(cell)
            if find(0) == find(n * n - 1):
                return t
        return n * n - 1
