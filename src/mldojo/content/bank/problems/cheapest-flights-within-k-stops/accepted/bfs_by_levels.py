# Breadth-first by number of flights: expand one level per flight, keeping the best price per city.
class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        graph = defaultdict(list)
        for start, end, price in flights:
            graph[start].append((end, price))
        best = [float("inf")] * n
        best[src] = 0
        frontier = {src: 0}
        for _ in range(k + 1):
            following = {}
            for city, cost in frontier.items():
                for neighbour, price in graph[city]:
                    total = cost + price
                    if total < best[neighbour] and total < following.get(neighbour, float("inf")):
                        following[neighbour] = total
            for city, cost in following.items():
                best[city] = min(best[city], cost)
            frontier = following
        return -1 if best[dst] == float("inf") else best[dst]
