# Searches only from the first cell holding word[0] and gives up if that start fails.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def spells(r, c, i):
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"
            found = (spells(r + 1, c, i + 1) or spells(r - 1, c, i + 1)
                     or spells(r, c + 1, i + 1) or spells(r, c - 1, i + 1))
            board[r][c] = word[i]
            return found

        for r in range(rows):
            for c in range(cols):
                if board[r][c] == word[0]:
                    return spells(r, c, 0)
        return False
