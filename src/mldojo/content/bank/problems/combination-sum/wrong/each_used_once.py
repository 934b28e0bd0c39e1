# Moves to the next candidate after taking one, so no candidate is ever reused.
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        ordered = sorted(candidates)
        result = []
        path = []

        def extend(start, remaining):
            if remaining == 0:
                result.append(path[:])
                return
            for index in range(start, len(ordered)):
                if ordered[index] > remaining:
                    break
                path.append(ordered[index])
                extend(index + 1, remaining - ordered[index])
                path.pop()

        extend(0, target)
        return result
