class Solution:
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1  # ways for the first i - 1 and the first i digits
        for i, digit in enumerate(s):
            ways = current if digit != "0" else 0
            if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
                ways += before
            before, current = current, ways
        return current
