# Too slow: depth-first search over every route of at most k + 1 flights is exponential.
class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        graph = defaultdict(list)
        for start, end, price in flights:
            graph[start].append((end, price))
        best = float("inf")

        def walk(city, cost, left):
            nonlocal best
            if city == dst:
                best = min(best, cost)
                return
            if left == 0:
                return
            for neighbour, price in graph[city]:
                walk(neighbour, cost + price, left - 1)

        walk(src, 0, k + 1)
        return -1 if best == float("inf") else best
