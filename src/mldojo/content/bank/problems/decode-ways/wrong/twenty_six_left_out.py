# Off by one at the top: accepts pairs 10 to 25, so "26" (Z) is never a letter.
class Solution:
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1
        for i, digit in enumerate(s):
            ways = current if digit != "0" else 0
            if i > 0 and 10 <= int(s[i - 1:i + 1]) < 26:
                ways += before
            before, current = current, ways
        return current
