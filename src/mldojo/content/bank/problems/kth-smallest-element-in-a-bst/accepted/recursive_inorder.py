# Recursive in-order traversal into a list, with a raised recursion limit.
import sys


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        sys.setrecursionlimit(50_000)
        values = []

        def inorder(node):
            if node is not None:
                inorder(node.left)
                values.append(node.val)
                inorder(node.right)

        inorder(root)
        return values[k - 1]
