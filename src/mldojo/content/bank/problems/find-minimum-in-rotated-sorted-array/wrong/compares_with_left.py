# Compares nums[mid] with nums[lo]; an unrotated window looks like a rotated one, so it walks away from the minimum.
class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
