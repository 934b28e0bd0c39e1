# Adds up every day-to-day rise, which is the profit of many trades, not of a single one.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, prices[i + 1] - prices[i]) for i in range(len(prices) - 1))
