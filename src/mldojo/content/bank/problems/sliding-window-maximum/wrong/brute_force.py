# Too slow: takes max() of every window, O(n·k), which exceeds the limit for wide windows on 10^5 elements.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
