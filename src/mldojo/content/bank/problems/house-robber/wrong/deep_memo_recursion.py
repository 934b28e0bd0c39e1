# Memoised recursion one call per house: 10^5 nested calls exceed Python's recursion limit.
class Solution:
    def rob(self, nums: List[int]) -> int:
        @cache
        def best(i: int) -> int:
            if i < 0:
                return 0
            return max(best(i - 1), best(i - 2) + nums[i])

        return best(len(nums) - 1)
