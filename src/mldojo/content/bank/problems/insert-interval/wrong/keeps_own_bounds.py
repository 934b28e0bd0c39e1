# Drops the overlapping intervals but keeps the new interval's own start and end instead of widening it.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        before = [iv for iv in intervals if iv[1] < start]
        after = [iv for iv in intervals if iv[0] > end]
        return before + [[start, end]] + after
