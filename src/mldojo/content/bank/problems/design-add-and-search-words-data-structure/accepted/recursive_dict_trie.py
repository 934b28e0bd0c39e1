# Nested-dict trie with an end sentinel key, searched by recursive backtracking.
class WordDictionary:
    END = "$"

    def __init__(self):
        self.trie = {}

    def addWord(self, word: str) -> None:
        node = self.trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = True

    def search(self, word: str) -> bool:
        def match(node, i):
            if i == len(word):
                return self.END in node
            if word[i] == ".":
                return any(match(child, i + 1) for key, child in node.items() if key != self.END)
            child = node.get(word[i])
            return child is not None and match(child, i + 1)

        return match(self.trie, 0)
