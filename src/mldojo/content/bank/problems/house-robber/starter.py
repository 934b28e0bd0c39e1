class Solution:
    def rob(self, nums: List[int]) -> int:
        pass
