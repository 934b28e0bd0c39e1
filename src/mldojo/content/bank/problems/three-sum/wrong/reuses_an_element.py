# Looks the third value up in a set of all values, so it can reuse an element that appears only once.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        present = set(nums)
        distinct = sorted(present)
        found = set()
        for i, a in enumerate(distinct):
            for b in distinct[i:]:
                c = -a - b
                if c >= b and c in present:
                    found.add((a, b, c))
        return [list(t) for t in found]
