# Treats intervals that only touch (end == next start) as overlapping.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        kept = 0
        last_end = None
        for start, end in sorted(intervals, key=lambda interval: interval[1]):
            if last_end is None or start > last_end:
                kept += 1
                last_end = end
        return len(intervals) - kept
