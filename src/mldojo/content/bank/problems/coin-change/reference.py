class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1  # more coins than any real answer can use
        best = [0] + [unreachable] * amount
        usable = [coin for coin in coins if coin <= amount]
        for total in range(1, amount + 1):
            fewest = unreachable
            for coin in usable:
                if coin <= total and best[total - coin] + 1 < fewest:
                    fewest = best[total - coin] + 1
            best[total] = fewest
        return best[amount] if best[amount] < unreachable else -1
