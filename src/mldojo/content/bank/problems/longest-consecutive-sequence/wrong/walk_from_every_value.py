# Too slow: walks upwards from every value, not just run starts: O(n²) on one long run.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for start in values:
            end = start + 1
            while end in values:
                end += 1
            best = max(best, end - start)
        return best
