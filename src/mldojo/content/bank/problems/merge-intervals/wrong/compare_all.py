# Too slow: merges each interval against every interval merged so far, O(n^2) when few overlap.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        result: list[list[int]] = []
        for start, end in intervals:
            kept = []
            for other_start, other_end in result:
                if other_start <= end and start <= other_end:
                    start, end = min(start, other_start), max(end, other_end)
                else:
                    kept.append([other_start, other_end])
            kept.append([start, end])
            result = kept
        return result
