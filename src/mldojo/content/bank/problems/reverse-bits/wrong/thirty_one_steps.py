# Off by one: loops 31 times, so every bit lands one position too low and bit 31 is lost.
class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(31):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
