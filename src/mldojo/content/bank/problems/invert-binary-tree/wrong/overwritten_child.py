# Assigns root.left before reading the old left child, so the right side is built from the already inverted right subtree.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
