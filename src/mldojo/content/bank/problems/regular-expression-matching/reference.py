class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        rows, cols = len(s), len(p)
        # match[i][j]: does p[j:] match s[i:]?
        match = [[False] * (cols + 1) for _ in range(rows + 1)]
        match[rows][cols] = True
        for i in range(rows, -1, -1):
            for j in range(cols - 1, -1, -1):
                first = i < rows and p[j] in (s[i], ".")
                if j + 1 < cols and p[j + 1] == "*":
                    match[i][j] = match[i][j + 2] or (first and match[i + 1][j])
                else:
                    match[i][j] = first and match[i + 1][j + 1]
        return match[0][0]
