# Swaps only the root's two children; the subtrees below keep their old orientation.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is not None:
            root.left, root.right = root.right, root.left
        return root
