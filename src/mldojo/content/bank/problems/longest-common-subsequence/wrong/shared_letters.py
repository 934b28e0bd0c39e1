# Counts the letters the strings share (a multiset intersection), ignoring their order.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        return sum((Counter(text1) & Counter(text2)).values())
