# Sorting: the first position whose value differs from its index is the gap, else n.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for index, value in enumerate(sorted(nums)):
            if index != value:
                return index
        return len(nums)
