# Uses heapq without negating: heapq is a min-heap, so it smashes the two lightest stones.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = list(stones)
        heapify(heap)
        while len(heap) > 1:
            first = heappop(heap)
            second = heappop(heap)
            if first != second:
                heappush(heap, abs(first - second))
        return heap[0] if heap else 0
