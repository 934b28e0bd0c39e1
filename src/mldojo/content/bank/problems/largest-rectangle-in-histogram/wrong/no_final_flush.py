# Never empties the stack after the last bar, losing every rectangle that reaches the right edge.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, current in enumerate(heights):
            while stack and heights[stack[-1]] >= current:
                height = heights[stack.pop()]
                width = i - stack[-1] - 1 if stack else i
                best = max(best, height * width)
            stack.append(i)
        return best
