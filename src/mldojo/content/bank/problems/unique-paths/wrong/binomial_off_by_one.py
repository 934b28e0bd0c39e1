# Off by one: counts m down and n right moves, comb(m + n, m), instead of m - 1 and n - 1.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n, m)
