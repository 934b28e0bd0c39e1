# Compares each node only with its own children, missing a grandchild that crosses an ancestor.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.left is not None and node.left.val >= node.val:
                return False
            if node.right is not None and node.right.val <= node.val:
                return False
            stack.extend((node.left, node.right))
        return True
