class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reachable = [True] + [False] * half
        for value in nums:
            for target in range(half, value - 1, -1):
                if reachable[target - value]:
                    reachable[target] = True
            if reachable[half]:
                return True
        return reachable[half]
