# Dijkstra on (price, city, flights used), keeping a state only if it uses fewer flights.
class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        graph = defaultdict(list)
        for start, end, price in flights:
            graph[start].append((end, price))
        fewest = [float("inf")] * n
        heap = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if city == dst:
                return cost
            if used >= fewest[city] or used > k:
                continue
            fewest[city] = used
            for neighbour, price in graph[city]:
                heapq.heappush(heap, (cost + price, neighbour, used + 1))
        return -1
