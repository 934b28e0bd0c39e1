# Reads best[total - coin] without checking coin <= total; Python indexes negative positions from the end.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        best = [0] + [unreachable] * amount
        for total in range(1, amount + 1):
            for coin in coins:
                best[total] = min(best[total], best[total - coin] + 1)
        return best[amount] if best[amount] < unreachable else -1
