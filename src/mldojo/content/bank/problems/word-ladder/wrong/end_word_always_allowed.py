# Lets the ladder end at endWord even when endWord is not in the list.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList) | {endWord}
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
        while queue:
            word, length = queue.popleft()
            if word == endWord:
                return length
            for i in range(len(word)):
                for letter in string.ascii_lowercase:
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in seen:
                        seen.add(candidate)
                        queue.append((candidate, length + 1))
        return 0
