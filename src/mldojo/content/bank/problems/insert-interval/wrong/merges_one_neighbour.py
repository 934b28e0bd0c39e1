# Merges the new interval with the first interval it overlaps only, leaving later overlaps in place.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        result = []
        placed = False
        for a, b in intervals:
            if placed or b < start:
                result.append([a, b])
            elif a > end:
                result.append([start, end])
                result.append([a, b])
                placed = True
            else:
                result.append([min(a, start), max(b, end)])
                placed = True
        if not placed:
            result.append([start, end])
        return result
