# Starts the best sum at 0, as if the empty subarray counted; all-negative arrays return 0.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = 0
        for value in nums:
            current = max(0, current + value)
            best = max(best, current)
        return best
