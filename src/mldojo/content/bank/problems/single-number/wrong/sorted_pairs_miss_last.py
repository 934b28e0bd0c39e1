# Sorts and compares neighbours in pairs, but forgets that the single value may be the largest, after every pair.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        ordered = sorted(nums)
        for i in range(0, len(ordered) - 1, 2):
            if ordered[i] != ordered[i + 1]:
                return ordered[i]
        return ordered[0]
