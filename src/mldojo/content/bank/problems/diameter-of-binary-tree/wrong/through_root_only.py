# Only measures the path bending at the root, missing longer paths inside one subtree.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            depth, level = 0, [node] if node else []
            while level:
                depth += 1
                level = [c for n in level for c in (n.left, n.right) if c]
            return depth

        return height(root.left) + height(root.right)
