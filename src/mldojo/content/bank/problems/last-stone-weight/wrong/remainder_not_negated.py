# Pushes the difference back as a positive number into a heap of negated weights, so it sinks to the bottom.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-weight for weight in stones]
        heapify(heap)
        while len(heap) > 1:
            heaviest = -heappop(heap)
            second = -heappop(heap)
            if heaviest != second:
                heappush(heap, heaviest - second)
        return abs(heap[0]) if heap else 0
