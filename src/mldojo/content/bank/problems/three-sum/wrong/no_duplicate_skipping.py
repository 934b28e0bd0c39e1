# Two pointers without skipping repeated values, so the same triplet is reported several times.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = sorted(nums)
        n = len(values)
        triplets = []
        for i in range(n - 2):
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = values[i] + values[lo] + values[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triplets.append([values[i], values[lo], values[hi]])
                    lo += 1
                    hi -= 1
        return triplets
