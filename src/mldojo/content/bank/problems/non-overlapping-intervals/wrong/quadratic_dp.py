# Too slow: a DP over every earlier interval, O(n^2), which exceeds the limit at 10^5 intervals.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals = sorted(intervals)
        best = [1] * len(intervals)
        for i in range(len(intervals)):
            for j in range(i):
                if intervals[j][1] <= intervals[i][0] and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return len(intervals) - max(best)
