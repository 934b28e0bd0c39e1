# Never restores a cell after backtracking, so later paths cannot use cells an earlier walk visited.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for word in words:
            node = trie
            for letter in word:
                node = node.setdefault(letter, {})
            node["$"] = word
        rows, cols = len(board), len(board[0])
        found = []

        def walk(r, c, node):
            node = node[board[r][c]]
            word = node.pop("$", None)
            if word is not None:
                found.append(word)
            board[r][c] = "#"
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    walk(nr, nc, node)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in trie:
                    walk(r, c, trie)
        return found
