# Intervals from smallest to largest; a skip-pointer union-find jumps over queries already answered.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        order = sorted(range(len(queries)), key=lambda j: queries[j])
        values = [queries[j] for j in order]
        answer = [-1] * len(queries)
        skip = list(range(len(values) + 1))

        def next_open(k: int) -> int:
            while skip[k] != k:
                skip[k] = skip[skip[k]]
                k = skip[k]
            return k

        for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            k = next_open(bisect.bisect_left(values, left))
            while k < len(values) and values[k] <= right:
                answer[order[k]] = right - left + 1
                skip[k] = k + 1
                k = next_open(k + 1)
        return answer
