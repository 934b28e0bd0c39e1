# Too slow: tries replace, delete and insert recursively without memoisation, exponential time.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        def dist(i: int, j: int) -> int:
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return dist(i + 1, j + 1)
            return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

        return dist(0, 0)
