# Compares the strings position by position plus the length difference; an insertion shifts everything.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        mismatches = sum(1 for a, b in zip(word1, word2) if a != b)
        return mismatches + abs(len(word1) - len(word2))
