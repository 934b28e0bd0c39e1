# Counts the digit 1 in the decimal form of n instead of its binary form.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return str(n).count("1")
