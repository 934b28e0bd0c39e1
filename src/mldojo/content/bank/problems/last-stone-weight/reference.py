class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-weight for weight in stones]
        heapify(heap)
        while len(heap) > 1:
            heaviest = -heappop(heap)
            second = -heappop(heap)
            if heaviest != second:
                heappush(heap, second - heaviest)
        return -heap[0] if heap else 0
