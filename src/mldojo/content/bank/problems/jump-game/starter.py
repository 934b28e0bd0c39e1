class Solution:
    def canJump(self, nums: List[int]) -> bool:
        pass
