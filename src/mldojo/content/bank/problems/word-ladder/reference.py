class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        groups = defaultdict(list)  # "c*ld" -> the words that match it
        for word in wordList:
            for i in range(len(word)):
                groups[word[:i] + "*" + word[i + 1:]].append(word)
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
        while queue:
            word, length = queue.popleft()
            if word == endWord:
                return length
            for i in range(len(word)):
                # Each group is used once: all its words are queued the first time it is reached.
                for neighbour in groups.pop(word[:i] + "*" + word[i + 1:], ()):
                    if neighbour not in seen:
                        seen.add(neighbour)
                        queue.append((neighbour, length + 1))
        return 0
