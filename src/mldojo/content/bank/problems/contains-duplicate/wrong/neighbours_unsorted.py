# Compares only neighbouring elements without sorting first, so repeats far apart are missed.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
