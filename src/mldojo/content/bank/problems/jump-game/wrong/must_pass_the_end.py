# Off by one: requires the reach to pass beyond the last index instead of landing on it.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for index, length in enumerate(nums):
            if index > reach:
                return False
            reach = max(reach, index + length)
        return reach >= len(nums)
