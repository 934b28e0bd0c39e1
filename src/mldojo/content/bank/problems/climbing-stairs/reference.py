class Solution:
    def climbStairs(self, n: int) -> int:
        one_below, two_below = 1, 1
        for _ in range(n - 1):
            one_below, two_below = one_below + two_below, one_below
        return one_below
