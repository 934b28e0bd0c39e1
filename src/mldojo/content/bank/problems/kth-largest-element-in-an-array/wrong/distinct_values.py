# Returns the k-th largest distinct value, so duplicates are counted once.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
