# Too slow: recurses on "take or skip" without memoisation, exponential time.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(nums[i] + best(i + 2), best(i + 1))

        return best(0)
