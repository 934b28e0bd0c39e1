from collections import Counter


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        available = Counter(letter for row in board for letter in row)
        if any(available[letter] < need for letter, need in Counter(word).items()):
            return False
        # Start from the rarer end: fewer starting cells, earlier dead ends.
        if available[word[-1]] < available[word[0]]:
            word = word[::-1]

        def spells(r: int, c: int, i: int) -> bool:
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"
            found = any(
                0 <= nr < rows and 0 <= nc < cols and spells(nr, nc, i + 1)
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
            )
            board[r][c] = word[i]
            return found

        return any(spells(r, c, 0) for r in range(rows) for c in range(cols))
