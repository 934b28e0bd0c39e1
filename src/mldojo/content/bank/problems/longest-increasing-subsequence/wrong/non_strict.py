# Uses bisect_right, so equal values extend the subsequence: it finds the longest non-decreasing one.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails: list[int] = []
        for value in nums:
            position = bisect_right(tails, value)
            if position == len(tails):
                tails.append(value)
            else:
                tails[position] = value
        return len(tails)
