# Treats "the node has no children" as "a word ends here", so a word that is also a prefix of another is missed.
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
        node = self._walk(word)
        return node is not None and not node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
