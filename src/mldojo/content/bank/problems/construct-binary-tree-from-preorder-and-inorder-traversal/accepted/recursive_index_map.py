# Recursive divide and conquer over inorder bounds, with a value-to-index dict.
import sys


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        sys.setrecursionlimit(20_000)
        where = {value: i for i, value in enumerate(inorder)}
        next_root = iter(preorder)

        def build(low, high):
            if low > high:
                return None
            node = TreeNode(next(next_root))
            mid = where[node.val]
            node.left = build(low, mid - 1)
            node.right = build(mid + 1, high)
            return node

        return build(0, len(inorder) - 1)
