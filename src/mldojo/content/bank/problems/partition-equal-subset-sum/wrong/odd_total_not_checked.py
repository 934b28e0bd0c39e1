# Forgets that an odd total cannot be halved: looks for total // 2, rounded down.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        half = sum(nums) // 2
        reachable = [True] + [False] * half
        for value in nums:
            for target in range(half, value - 1, -1):
                if reachable[target - value]:
                    reachable[target] = True
        return reachable[half]
