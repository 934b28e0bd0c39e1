# Never removes intervals that ended before the query, so a small interval to the left is reported.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap = []
        i = 0
        for index in sorted(range(len(queries)), key=queries.__getitem__):
            query = queries[index]
            while i < len(intervals) and intervals[i][0] <= query:
                heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
                i += 1
            if heap:
                answer[index] = heap[0][0]
        return answer
