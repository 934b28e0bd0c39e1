# Sorts, but the loop bound stops one pair early, missing a repeat at the two largest positions.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        ordered = sorted(nums)
        for i in range(len(ordered) - 2):
            if ordered[i] == ordered[i + 1]:
                return True
        return False
