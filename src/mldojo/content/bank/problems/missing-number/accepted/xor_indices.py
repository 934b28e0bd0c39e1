# XOR: every index 0..n and every value, so each present value cancels against its index.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        result = len(nums)
        for index, value in enumerate(nums):
            result ^= index ^ value
        return result
