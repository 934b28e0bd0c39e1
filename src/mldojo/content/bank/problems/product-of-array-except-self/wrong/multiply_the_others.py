# Too slow: multiplies the other n - 1 elements separately for every index, O(n^2).
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        answer = []
        for i in range(len(nums)):
            product = 1
            for j, value in enumerate(nums):
                if j != i:
                    product *= value
            answer.append(product)
        return answer
