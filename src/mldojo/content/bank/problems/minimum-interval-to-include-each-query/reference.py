class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap: list[tuple[int, int]] = []
        i = 0
        for index in sorted(range(len(queries)), key=queries.__getitem__):
            query = queries[index]
            while i < len(intervals) and intervals[i][0] <= query:
                left, right = intervals[i]
                heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < query:
                heappop(heap)
            if heap:
                answer[index] = heap[0][0]
        return answer
