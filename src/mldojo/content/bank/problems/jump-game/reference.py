class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        last = len(nums) - 1
        for index, length in enumerate(nums):
            if index > reach:
                return False
            reach = max(reach, index + length)
            if reach >= last:
                return True
        return True
