# Measures the width from the popped index, forgetting the taller bars popped before it.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i in range(len(heights) + 1):
            current = heights[i] if i < len(heights) else 0
            while stack and heights[stack[-1]] >= current:
                top = stack.pop()
                best = max(best, heights[top] * (i - top))
            stack.append(i)
        return best
