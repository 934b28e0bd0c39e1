# Stores each value before looking up its partner, so x pairs with itself when target = 2x.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: dict[int, int] = {}
        for index, value in enumerate(nums):
            seen[value] = index
            if target - value in seen:
                return [seen[target - value], index]
        return []
