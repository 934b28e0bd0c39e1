# Marks visited cells but never unmarks them, so a dead-end branch blocks cells a later path needs.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        used = set()

        def spells(r, c, i):
            if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            used.add((r, c))
            return (spells(r + 1, c, i + 1) or spells(r - 1, c, i + 1)
                    or spells(r, c + 1, i + 1) or spells(r, c - 1, i + 1))

        return any(spells(r, c, 0) for r in range(rows) for c in range(cols))
