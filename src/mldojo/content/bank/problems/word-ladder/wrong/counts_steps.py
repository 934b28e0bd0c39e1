# Counts the changes (steps) instead of the words in the ladder: one too few.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        seen = {beginWord}
        queue = deque([(beginWord, 0)])
        while queue:
            word, steps = queue.popleft()
            if word == endWord:
                return steps
            for i in range(len(word)):
                for letter in string.ascii_lowercase:
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in seen:
                        seen.add(candidate)
                        queue.append((candidate, steps + 1))
        return 0
