# Seeds bits[1] = 1 before the loop, which fails for n = 0.
class Solution:
    def countBits(self, n: int) -> List[int]:
        bits = [0] * (n + 1)
        bits[1] = 1
        for i in range(2, n + 1):
            bits[i] = bits[i >> 1] + (i & 1)
        return bits
