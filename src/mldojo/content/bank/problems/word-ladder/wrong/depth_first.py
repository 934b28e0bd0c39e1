# Depth-first search: returns the length of the first ladder it finds, which need not be the shortest.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        seen = {beginWord}
        stack = [(beginWord, 1)]
        while stack:
            word, length = stack.pop()
            if word == endWord:
                return length
            for i in range(len(word)):
                for letter in string.ascii_lowercase:
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in seen:
                        seen.add(candidate)
                        stack.append((candidate, length + 1))
        return 0
