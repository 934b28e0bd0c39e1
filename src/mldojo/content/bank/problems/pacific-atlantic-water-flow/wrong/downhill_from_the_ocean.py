# Searches from the ocean edges downhill, the direction water flows, instead of climbing against it.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def descend(starts):
            reached = set(starts)
            queue = deque(reached)
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in reached
                            and heights[nr][nc] <= heights[r][c]):
                        reached.add((nr, nc))
                        queue.append((nr, nc))
            return reached

        pacific = descend([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
        atlantic = descend([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
        return [[r, c] for r, c in pacific & atlantic]
