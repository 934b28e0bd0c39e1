# Off by one: returns counts for 0 .. n - 1, n entries instead of n + 1.
class Solution:
    def countBits(self, n: int) -> List[int]:
        bits = [0] * n
        for i in range(1, n):
            bits[i] = bits[i >> 1] + (i & 1)
        return bits
