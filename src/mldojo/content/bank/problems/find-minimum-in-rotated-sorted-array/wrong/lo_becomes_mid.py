# Sets lo = mid instead of mid + 1: with two elements left and the minimum second, the loop never ends.
class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid
            else:
                hi = mid
        return nums[lo]
