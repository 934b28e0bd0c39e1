# Too slow: finds each word's neighbours by comparing it with every unvisited word, O(N^2 · L).
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        unvisited = set(wordList)
        unvisited.discard(beginWord)
        queue = deque([(beginWord, 1)])
        while queue:
            word, length = queue.popleft()
            if word == endWord:
                return length
            neighbours = []
            for other in unvisited:
                differences = 0
                for a, b in zip(word, other):
                    if a != b:
                        differences += 1
                        if differences > 1:
                            break
                if differences == 1:
                    neighbours.append(other)
            for other in neighbours:
                unvisited.remove(other)
                queue.append((other, length + 1))
        return 0
