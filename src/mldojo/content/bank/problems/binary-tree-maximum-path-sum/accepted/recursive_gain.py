# Recursive post-order DFS returning the downward gain, with a raised recursion limit.
import sys


class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        sys.setrecursionlimit(100_000)
        best = -inf

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
