# Checks the height difference at the root only, not at every node.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            depth, level = 0, [node] if node else []
            while level:
                depth += 1
                level = [c for n in level for c in (n.left, n.right) if c]
            return depth

        return root is None or abs(height(root.left) - height(root.right)) <= 1
