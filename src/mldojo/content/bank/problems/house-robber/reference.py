class Solution:
    def rob(self, nums: List[int]) -> int:
        with_last, without_last = 0, 0
        for amount in nums:
            with_last, without_last = without_last + amount, max(with_last, without_last)
        return max(with_last, without_last)
