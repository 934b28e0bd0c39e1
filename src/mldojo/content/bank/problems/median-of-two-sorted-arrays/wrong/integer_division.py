# Halves the sum of the two middle values with //, so an even total loses its .5.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        mid = len(merged) // 2
        if len(merged) % 2:
            return merged[mid]
        return (merged[mid - 1] + merged[mid]) // 2
