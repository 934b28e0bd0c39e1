# Sorts and looks for a gap between neighbours, but never considers that 0 or n itself is missing.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        values = sorted(nums)
        for i in range(1, len(values)):
            if values[i] != values[i - 1] + 1:
                return values[i - 1] + 1
        return values[-1]
