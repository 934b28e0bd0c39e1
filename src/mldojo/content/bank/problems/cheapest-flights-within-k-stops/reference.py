class Solution:
    def findCheapestPrice(
        self, n: int, flights: List[List[int]], src: int, dst: int, k: int
    ) -> int:
        inf = float("inf")
        prices = [inf] * n
        prices[src] = 0
        for _ in range(k + 1):
            previous = prices[:]
            for start, end, price in flights:
                if previous[start] + price < prices[end]:
                    prices[end] = previous[start] + price
        return -1 if prices[dst] == inf else prices[dst]
