class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        ordered = sorted(candidates)
        result: list[list[int]] = []
        path: list[int] = []

        def extend(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(path[:])
                return
            for index in range(start, len(ordered)):
                value = ordered[index]
                if value > remaining:
                    break
                path.append(value)
                extend(index, remaining - value)
                path.pop()

        extend(0, target)
        return result
