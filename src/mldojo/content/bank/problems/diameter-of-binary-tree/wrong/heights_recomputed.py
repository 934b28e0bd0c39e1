# Brute force: recomputes both subtree heights from scratch at every node, O(n^2) on a long path.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            depth, level = 0, [node] if node else []
            while level:
                depth += 1
                level = [c for n in level for c in (n.left, n.right) if c]
            return depth

        best, stack = 0, [root]
        while stack:
            node = stack.pop()
            best = max(best, height(node.left) + height(node.right))
            stack += [c for c in (node.left, node.right) if c]
        return best
