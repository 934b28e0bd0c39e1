# Too slow: decides for each number which side it joins by plain recursion, 2^n branches.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def reach(i: int, remaining: int) -> bool:
            if remaining == 0:
                return True
            if i == len(nums) or remaining < 0:
                return False
            return reach(i + 1, remaining - nums[i]) or reach(i + 1, remaining)

        return reach(0, total // 2)
