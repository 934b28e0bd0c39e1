# Adds the new interval only when a later interval is found, so it is lost when it belongs at the end.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        result = []
        placed = False
        for a, b in intervals:
            if b < start or placed:
                result.append([a, b])
            elif a > end:
                result.append([start, end])
                result.append([a, b])
                placed = True
            else:
                start, end = min(start, a), max(end, b)
        return result
