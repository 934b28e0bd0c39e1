# Uses straight-line (Euclidean) distance instead of the Manhattan distance the task defines.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        outside = set(range(1, len(points)))
        cheapest = [inf] * len(points)
        newest = 0
        total = 0
        while outside:
            nx, ny = points[newest]
            for v in outside:
                cheapest[v] = min(cheapest[v], math.hypot(points[v][0] - nx, points[v][1] - ny))
            newest = min(outside, key=cheapest.__getitem__)
            total += cheapest[newest]
            outside.remove(newest)
        return round(total)
