# Reverses bin(n) without padding it to 32 digits, dropping the leading zeros.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(bin(n)[2:][::-1], 2)
