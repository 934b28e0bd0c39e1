# Too slow: nums.count for each element is O(n) per call, O(n^2) in all.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for value in nums:
            if nums.count(value) == 1:
                return value
        return 0
