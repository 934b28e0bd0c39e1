class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        pass
