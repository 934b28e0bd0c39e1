# Moves to the next power of two one step late, so counts at powers of two are built on the wrong base.
class Solution:
    def countBits(self, n: int) -> List[int]:
        bits = [0] * (n + 1)
        power = 1
        for i in range(1, n + 1):
            if i > power * 2:
                power *= 2
            bits[i] = 1 + bits[i - power]
        return bits
