# XORs the values with the indices 0..n-1 only, so the result is off by XOR with n.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        result = 0
        for index, value in enumerate(nums):
            result ^= index ^ value
        return result
