# Too slow: extends a running sum from every start index, O(n^2).
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        for start in range(len(nums)):
            total = 0
            for end in range(start, len(nums)):
                total += nums[end]
                if total > best:
                    best = total
        return best
