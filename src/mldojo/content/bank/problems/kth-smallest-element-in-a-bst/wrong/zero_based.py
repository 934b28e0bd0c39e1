# Off by one: treats k as a 0-based index and returns the (k+1)-th smallest value.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack, node, seen = [], root, []
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            seen.append(node.val)
            node = node.right
        return seen[min(k, len(seen) - 1)]
