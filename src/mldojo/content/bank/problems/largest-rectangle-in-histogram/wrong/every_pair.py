# Too slow: tries every starting bar and extends it to the right with a running minimum, O(n²).
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        for i in range(len(heights)):
            lowest = heights[i]
            for j in range(i, len(heights)):
                lowest = min(lowest, heights[j])
                best = max(best, lowest * (j - i + 1))
        return best
