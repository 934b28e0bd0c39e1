class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: list[list[int]] = [[]]
        for value in nums:
            result += [subset + [value] for subset in result]
        return result
