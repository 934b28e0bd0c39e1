class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        pass
