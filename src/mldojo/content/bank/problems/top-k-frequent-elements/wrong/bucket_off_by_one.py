# Bucket array of size n instead of n + 1: a value that fills the whole array has no bucket.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        buckets = [[] for _ in range(len(nums))]
        for value, count in counts.items():
            buckets[count].append(value)
        result = []
        for bucket in reversed(buckets):
            for value in bucket:
                result.append(value)
                if len(result) == k:
                    return result
        return result
