# Checks only the lowest 16 bits, so 1 bits above 2^15 are missed.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return sum((n >> i) & 1 for i in range(16))
