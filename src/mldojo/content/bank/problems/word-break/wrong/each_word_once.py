# Lets each dictionary word be used at most once, but words may repeat.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def splits(start: int, unused: frozenset) -> bool:
            if start == len(s):
                return True
            return any(
                s.startswith(word, start) and splits(start + len(word), unused - {word})
                for word in unused
            )

        return splits(0, frozenset(wordDict))
