# Off by one: measures an interval as right - left, forgetting that both ends are included.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap = []
        i = 0
        for index in sorted(range(len(queries)), key=queries.__getitem__):
            query = queries[index]
            while i < len(intervals) and intervals[i][0] <= query:
                heappush(heap, (intervals[i][1] - intervals[i][0], intervals[i][1]))
                i += 1
            while heap and heap[0][1] < query:
                heappop(heap)
            if heap:
                answer[index] = heap[0][0]
        return answer
