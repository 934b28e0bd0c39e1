# Returns the two values instead of their indices.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: set[int] = set()
        for value in nums:
            if target - value in seen:
                return [target - value, value]
            seen.add(value)
        return []
