class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            speed = (lo + hi) // 2
            hours = sum((pile + speed - 1) // speed for pile in piles)
            if hours <= h:
                hi = speed
            else:
                lo = speed + 1
        return lo
