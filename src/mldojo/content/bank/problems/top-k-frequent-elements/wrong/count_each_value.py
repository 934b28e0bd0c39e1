# Too slow: calls nums.count(v) for every distinct value, O(n·d) on many distinct values.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {value: nums.count(value) for value in set(nums)}
        return sorted(counts, key=counts.get, reverse=True)[:k]
