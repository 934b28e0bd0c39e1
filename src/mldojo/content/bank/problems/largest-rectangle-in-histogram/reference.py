class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack: list[int] = []
        best = 0
        for i in range(len(heights) + 1):
            current = heights[i] if i < len(heights) else 0
            while stack and heights[stack[-1]] >= current:
                height = heights[stack.pop()]
                width = i - stack[-1] - 1 if stack else i
                best = max(best, height * width)
            stack.append(i)
        return best
