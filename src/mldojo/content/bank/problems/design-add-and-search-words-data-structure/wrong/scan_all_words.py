# Brute force: compares the pattern with every stored word, O(words · L) per search.
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for stored in self.words:
            if len(stored) == len(word) and all(
                p == "." or p == c for p, c in zip(word, stored, strict=True)
            ):
                return True
        return False
