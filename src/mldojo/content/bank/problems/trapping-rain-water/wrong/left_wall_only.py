# Uses only the tallest bar to the left as the water level, so water spills past the right end.
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        left_max = 0
        for h in height:
            left_max = max(left_max, h)
            water += left_max - h
        return water
