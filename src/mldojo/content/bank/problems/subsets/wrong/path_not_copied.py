# Backtracking that records the path list itself instead of a copy: every entry is the same list, empty at the end.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = []
        path = []

        def walk(start):
            result.append(path)
            for i in range(start, len(nums)):
                path.append(nums[i])
                walk(i + 1)
                path.pop()

        walk(0)
        return result
