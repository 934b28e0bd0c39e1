# Returns the contiguous slices nums[i:j] only, missing subsets that skip an element.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = [[]]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums) + 1):
                result.append(nums[i:j])
        return result
