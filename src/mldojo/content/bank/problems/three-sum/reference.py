class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = sorted(nums)
        n = len(values)
        triplets: list[list[int]] = []
        for i in range(n - 2):
            a = values[i]
            if a > 0:
                break
            if i > 0 and a == values[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + values[lo] + values[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triplets.append([a, values[lo], values[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and values[lo] == values[lo - 1]:
                        lo += 1
                    while lo < hi and values[hi] == values[hi + 1]:
                        hi -= 1
        return triplets
