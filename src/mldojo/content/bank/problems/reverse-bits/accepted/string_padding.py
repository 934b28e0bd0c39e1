# String formatting: pad n to 32 binary digits, reverse the string and parse it back.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(format(n, "032b")[::-1], 2)
