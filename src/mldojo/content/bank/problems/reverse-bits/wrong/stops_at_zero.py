# Loops while n is non-zero, so the leading zeros of n never become trailing zeros of the result.
class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        while n:
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
