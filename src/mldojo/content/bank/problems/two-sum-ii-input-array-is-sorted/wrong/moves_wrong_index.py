# Moves the wrong index: shrinks from the right when the sum is too small, which only makes it smaller.
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            total = numbers[lo] + numbers[hi]
            if total == target:
                return [lo + 1, hi + 1]
            if total < target:
                hi -= 1
            else:
                lo += 1
        return []
