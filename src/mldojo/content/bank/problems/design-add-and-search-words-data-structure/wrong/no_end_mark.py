# Forgets the end-of-word mark: any path that exists counts, so prefixes of stored words match.
class WordDictionary:
    def __init__(self):
        self.trie = {}

    def addWord(self, word: str) -> None:
        node = self.trie
        for letter in word:
            node = node.setdefault(letter, {})

    def search(self, word: str) -> bool:
        level = [self.trie]
        for letter in word:
            if letter == ".":
                level = [child for node in level for child in node.values()]
            else:
                level = [node[letter] for node in level if letter in node]
            if not level:
                return False
        return True
