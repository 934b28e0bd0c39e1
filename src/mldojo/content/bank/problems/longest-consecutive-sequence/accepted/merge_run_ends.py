# Hash map of run lengths: a new value joins the runs ending at x - 1 and starting at x + 1.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        length = {}
        best = 0
        for x in nums:
            if x in length:
                continue
            left = length.get(x - 1, 0)
            right = length.get(x + 1, 0)
            total = left + right + 1
            length[x] = total
            length[x - left] = total
            length[x + right] = total
            best = max(best, total)
        return best
