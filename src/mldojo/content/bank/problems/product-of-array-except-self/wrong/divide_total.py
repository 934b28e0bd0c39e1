# Divides the total product by nums[i]: raises ZeroDivisionError as soon as nums holds a zero.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for value in nums:
            total *= value
        return [total // value for value in nums]
