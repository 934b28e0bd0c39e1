# Off by one: indexes the descending order at k instead of k - 1, clamped at the end.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        ordered = sorted(nums, reverse=True)
        return ordered[min(k, len(ordered) - 1)]
