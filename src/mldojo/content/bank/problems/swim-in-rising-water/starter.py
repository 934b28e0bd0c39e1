class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        pass
