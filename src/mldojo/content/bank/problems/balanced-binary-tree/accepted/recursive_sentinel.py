# Recursive post-order DFS returning -1 for an unbalanced subtree, with a raised recursion limit.
import sys


class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        sys.setrecursionlimit(20_000)

        def height(node):
            if node is None:
                return 0
            left = height(node.left)
            if left < 0:
                return -1
            right = height(node.right)
            if right < 0 or abs(left - right) > 1:
                return -1
            return 1 + max(left, right)

        return height(root) >= 0
