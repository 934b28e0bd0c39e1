class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        outside = list(range(1, len(points)))
        cheapest = [inf] * len(points)  # the cheapest link from each outside point into the tree
        newest = 0
        total = 0
        while outside:
            nx, ny = xs[newest], ys[newest]
            pick, pick_cost = -1, inf
            for v in outside:
                cost = abs(xs[v] - nx) + abs(ys[v] - ny)
                if cost < cheapest[v]:
                    cheapest[v] = cost
                if cheapest[v] < pick_cost:
                    pick, pick_cost = v, cheapest[v]
            total += pick_cost
            outside.remove(pick)
            newest = pick
        return total
