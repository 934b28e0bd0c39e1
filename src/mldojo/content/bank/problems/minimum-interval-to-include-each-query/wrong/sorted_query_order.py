# Returns the answers in increasing order of the queries instead of the order they were given.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = []
        heap = []
        i = 0
        for query in sorted(queries):
            while i < len(intervals) and intervals[i][0] <= query:
                heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
                i += 1
            while heap and heap[0][1] < query:
                heappop(heap)
            answer.append(heap[0][0] if heap else -1)
        return answer
