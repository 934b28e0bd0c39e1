# Bottom-up DP: pal[i][j] from pal[i+1][j-1], keeping only the previous row.
class Solution:
    def countSubstrings(self, s: str) -> int:
        n, count = len(s), 0
        below = [False] * n  # pal[i + 1][*]
        for i in range(n - 1, -1, -1):
            row = [False] * n
            for j in range(i, n):
                if s[i] == s[j] and (j - i < 2 or below[j - 1]):
                    row[j] = True
                    count += 1
            below = row
        return count
