# Sorts by start and, on overlap, always keeps the earlier interval, even when it ends later.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals = sorted(intervals)
        removed = 0
        last_end = intervals[0][1]
        for start, end in intervals[1:]:
            if start < last_end:
                removed += 1
            else:
                last_end = end
        return removed
