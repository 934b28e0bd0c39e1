# Keeps the count in 64-bit arithmetic (as C or Java would), which wraps around for large n.
class Solution:
    def climbStairs(self, n: int) -> int:
        mask = (1 << 64) - 1
        one_below, two_below = 1, 1
        for _ in range(n - 1):
            one_below, two_below = (one_below + two_below) & mask, one_below
        return one_below
