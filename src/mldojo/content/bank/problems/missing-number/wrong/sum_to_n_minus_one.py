# Off by one: compares against the sum of 0..n-1, forgetting that the range ends at n.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        n = len(nums)
        return (n - 1) * n // 2 - sum(nums)
