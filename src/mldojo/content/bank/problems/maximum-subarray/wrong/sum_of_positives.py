# Adds up every positive number, ignoring that the subarray must be contiguous.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        positives = [value for value in nums if value > 0]
        return sum(positives) if positives else max(nums)
