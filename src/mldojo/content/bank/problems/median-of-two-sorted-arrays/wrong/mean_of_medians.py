# Averages the medians of the two arrays, which is not the median of their union.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        def median(values):
            mid = len(values) // 2
            if len(values) % 2:
                return float(values[mid])
            return (values[mid - 1] + values[mid]) / 2

        if not nums1:
            return median(nums2)
        if not nums2:
            return median(nums1)
        return (median(nums1) + median(nums2)) / 2
