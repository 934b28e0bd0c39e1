# Assumes the intervals arrive sorted by start and merges only neighbours in the given order.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged: list[list[int]] = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
