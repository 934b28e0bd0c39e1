# Plain Dijkstra: settles each city once by price, discarding a dearer route that has fewer stops.
class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        graph = defaultdict(list)
        for start, end, price in flights:
            graph[start].append((end, price))
        settled = set()
        heap = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if city == dst:
                return cost
            if city in settled or used > k:
                continue
            settled.add(city)
            for neighbour, price in graph[city]:
                heapq.heappush(heap, (cost + price, neighbour, used + 1))
        return -1
