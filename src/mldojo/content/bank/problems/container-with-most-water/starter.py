class Solution:
    def maxArea(self, height: List[int]) -> int:
        pass
