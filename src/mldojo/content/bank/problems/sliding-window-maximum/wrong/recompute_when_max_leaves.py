# Too slow: keeps the maximum and rescans the window only when the maximum leaves; a decreasing array rescans every step.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        best = max(nums[:k])
        result = [best]
        for i in range(k, len(nums)):
            if nums[i - k] == best:
                best = max(nums[i - k + 1 : i + 1])
            elif nums[i] > best:
                best = nums[i]
            result.append(best)
        return result
