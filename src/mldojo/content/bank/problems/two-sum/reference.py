class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: dict[int, int] = {}
        for index, value in enumerate(nums):
            partner = target - value
            if partner in seen:
                return [seen[partner], index]
            seen[value] = index
        return []
