# Starts the XOR at nums[0] and then XORs every element, so nums[0] enters twice and cancels out.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = nums[0]
        for value in nums:
            result ^= value
        return result
