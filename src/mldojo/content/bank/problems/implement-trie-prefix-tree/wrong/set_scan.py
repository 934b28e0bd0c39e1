# Too slow: keeps a set of words and scans all of them for every startsWith, O(n·L) per call.
class Trie:
    def __init__(self):
        self.words: set[str] = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in self.words)
