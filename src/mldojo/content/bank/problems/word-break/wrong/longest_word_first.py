# Greedy: always cuts off the longest word that starts the rest, and never reconsiders the cut.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = sorted(wordDict, key=len, reverse=True)
        start = 0
        while start < len(s):
            for word in words:
                if s.startswith(word, start):
                    start += len(word)
                    break
            else:
                return False
        return True
