# Division with a zero patch that assumes at most one zero: with two zeros, each zero's slot should be 0 too.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        nonzero_product = 1
        zeros = 0
        for value in nums:
            if value == 0:
                zeros += 1
            else:
                nonzero_product *= value
        if zeros == 0:
            return [nonzero_product // value for value in nums]
        return [nonzero_product if value == 0 else 0 for value in nums]
