# Counts pile // k hours per pile, rounding down, so a partly eaten last hour is not counted.
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            speed = (lo + hi) // 2
            if sum(pile // speed for pile in piles) <= h:
                hi = speed
            else:
                lo = speed + 1
        return lo
