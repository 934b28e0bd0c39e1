# Brute force: a separate grid search for every word, repeating the walks shared by common prefixes.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        rows, cols = len(board), len(board[0])

        def spells(r, c, word, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            letter, board[r][c] = board[r][c], "#"
            hit = any(
                0 <= nr < rows and 0 <= nc < cols and spells(nr, nc, word, i + 1)
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            )
            board[r][c] = letter
            return hit

        return [
            word
            for word in words
            if any(spells(r, c, word, 0) for r in range(rows) for c in range(cols))
        ]
