# Too slow: the O(n^2) DP over every earlier index, which exceeds the limit at 10^5 elements.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return max(best)
