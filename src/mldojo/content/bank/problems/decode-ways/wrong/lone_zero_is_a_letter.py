# Lets a single 0 stand for a letter, so "10" counts both 1|0 and 10.
class Solution:
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1
        for i in range(len(s)):
            ways = current
            if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
                ways += before
            before, current = current, ways
        return current
