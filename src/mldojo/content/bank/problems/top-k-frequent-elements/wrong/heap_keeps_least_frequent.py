# A size-k heap keyed by -count pops the most frequent value on overflow, keeping the least frequent.
import heapq


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        heap = []
        for value, count in counts.items():
            heapq.heappush(heap, (-count, value))
            if len(heap) > k:
                heapq.heappop(heap)
        return [value for _, value in heap]
