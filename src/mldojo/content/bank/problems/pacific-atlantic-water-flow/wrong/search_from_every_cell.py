# Too slow: follows the water downhill from every cell separately, O((m·n)^2) in the worst case.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])
        answer = []
        for sr in range(rows):
            for sc in range(cols):
                pacific = atlantic = False
                seen = {(sr, sc)}
                stack = [(sr, sc)]
                while stack and not (pacific and atlantic):
                    r, c = stack.pop()
                    pacific = pacific or r == 0 or c == 0
                    atlantic = atlantic or r == rows - 1 or c == cols - 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                                and heights[nr][nc] <= heights[r][c]):
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                if pacific and atlantic:
                    answer.append([sr, sc])
        return answer
