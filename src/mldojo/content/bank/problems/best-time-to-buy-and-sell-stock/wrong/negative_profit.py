# Never floors the profit at 0: on falling prices it returns the smallest loss instead of not trading.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        cheapest = prices[0]
        best = None
        for price in prices[1:]:
            if best is None or price - cheapest > best:
                best = price - cheapest
            cheapest = min(cheapest, price)
        return best if best is not None else 0
