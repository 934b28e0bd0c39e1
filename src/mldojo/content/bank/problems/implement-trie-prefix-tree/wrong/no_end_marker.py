# No end-of-word mark: search reports any prefix of a stored word as a word.
class Trie:
    def __init__(self):
        self.root: dict = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})

    def _walk(self, key: str):
        node = self.root
        for letter in key:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        return self._walk(word) is not None

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
