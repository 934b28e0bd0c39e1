# No backtracking: at a '.', follows only the first child instead of trying every child.
class WordDictionary:
    def __init__(self):
        self.trie = {}

    def addWord(self, word: str) -> None:
        node = self.trie
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.trie
        for letter in word:
            if letter == ".":
                letters = [key for key in node if key != "$"]
                if not letters:
                    return False
                node = node[letters[0]]
            elif letter in node:
                node = node[letter]
            else:
                return False
        return "$" in node
