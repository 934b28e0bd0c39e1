# Starts a new subarray at every negative number, so a small dip never joins two large runs.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for value in nums[1:]:
            current = value if value < 0 or current < 0 else current + value
            best = max(best, current)
        return best
