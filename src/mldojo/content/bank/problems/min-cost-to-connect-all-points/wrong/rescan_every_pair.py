# Too slow: each round rescans every inside-outside pair for the cheapest link, O(n^3).
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        in_tree = [False] * n
        in_tree[0] = True
        total = 0
        for _ in range(n - 1):
            best, pick = None, -1
            for u in range(n):
                if not in_tree[u]:
                    continue
                ux, uy = points[u]
                for v in range(n):
                    if in_tree[v]:
                        continue
                    cost = abs(ux - points[v][0]) + abs(uy - points[v][1])
                    if best is None or cost < best:
                        best, pick = cost, v
            in_tree[pick] = True
            total += best
        return total
