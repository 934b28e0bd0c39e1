# Sorts without removing duplicates, so a repeated value resets the run it sits in.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        values = sorted(nums)
        best = current = 1
        for previous, value in itertools.pairwise(values):
            current = current + 1 if value == previous + 1 else 1
            best = max(best, current)
        return best
