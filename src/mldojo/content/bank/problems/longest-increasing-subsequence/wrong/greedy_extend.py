# Greedy: takes every element larger than the last one taken, starting from the first element.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        count, last = 0, None
        for value in nums:
            if last is None or value > last:
                count += 1
                last = value
        return count
