# Too slow: tries every candidate at every step and removes duplicate orderings at the end.
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found = set()

        def extend(path, remaining):
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            for value in candidates:
                if value <= remaining:
                    extend(path + [value], remaining - value)

        extend([], target)
        return [list(combination) for combination in found]
