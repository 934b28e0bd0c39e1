# Too slow: tries every last coin recursively without memoisation, exponential time.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        best = -1
        for coin in coins:
            if coin <= amount:
                rest = self.coinChange(coins, amount - coin)
                if rest >= 0 and (best < 0 or rest + 1 < best):
                    best = rest + 1
        return best
