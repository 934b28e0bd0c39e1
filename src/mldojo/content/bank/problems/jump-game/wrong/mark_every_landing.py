# Too slow: marks every cell each jump can land on, O(n · max jump).
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        reachable = [False] * n
        reachable[0] = True
        for i in range(n):
            if not reachable[i]:
                continue
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                reachable[j] = True
            if reachable[n - 1]:
                return True
        return reachable[n - 1]
