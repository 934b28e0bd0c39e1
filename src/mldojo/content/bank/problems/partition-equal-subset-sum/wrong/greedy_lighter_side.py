# Greedy: puts each number, largest first, on the lighter side; not every split is found that way.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        left = right = 0
        for value in sorted(nums, reverse=True):
            if left <= right:
                left += value
            else:
                right += value
        return left == right
