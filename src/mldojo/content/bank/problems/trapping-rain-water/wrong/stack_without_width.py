# Monotonic stack that adds each layer's depth but forgets to multiply it by the layer's width.
class Solution:
    def trap(self, height: List[int]) -> int:
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = stack.pop()
                if not stack:
                    break
                depth = min(height[stack[-1]], h) - height[bottom]
                water += depth
            stack.append(i)
        return water
