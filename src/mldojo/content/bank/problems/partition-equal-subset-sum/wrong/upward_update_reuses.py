# Updates the sums from low to high, so one number can be counted several times.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reachable = [True] + [False] * half
        for value in nums:
            for target in range(value, half + 1):
                if reachable[target - value]:
                    reachable[target] = True
        return reachable[half]
