# Too slow: finds the tallest bar on each side of every column by rescanning, O(n^2).
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for i in range(len(height)):
            level = min(max(height[: i + 1]), max(height[i:]))
            water += level - height[i]
        return water
