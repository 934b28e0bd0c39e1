# Iterative backtracking with an explicit stack of enter and leave events over a TrieNode class.
class TrieNode:
    __slots__ = ("children", "word")

    def __init__(self):
        self.children = {}
        self.word = None


class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = TrieNode()
        for word in words:
            node = root
            for letter in word:
                node = node.children.setdefault(letter, TrieNode())
            node.word = word
        rows, cols = len(board), len(board[0])
        found = []
        for r0 in range(rows):
            for c0 in range(cols):
                stack = [("enter", r0, c0, root, None)]
                while stack:
                    event, r, c, parent, letter = stack.pop()
                    if event == "leave":
                        board[r][c] = letter
                        node = parent.children[letter]
                        if node.word is None and not node.children:
                            del parent.children[letter]  # nothing left to find below
                        continue
                    letter = board[r][c]
                    node = parent.children.get(letter)
                    if node is None:
                        continue
                    if node.word is not None:
                        found.append(node.word)
                        node.word = None
                    board[r][c] = "#"
                    stack.append(("leave", r, c, parent, letter))
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node.children:
                            stack.append(("enter", nr, nc, node, None))
        return found
