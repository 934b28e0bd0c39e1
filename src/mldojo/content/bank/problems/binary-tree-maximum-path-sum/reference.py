class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        gain = {None: 0}  # best downward sum starting at a node, never below 0 for a missing child
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                left = max(gain[node.left], 0)
                right = max(gain[node.right], 0)
                best = max(best, node.val + left + right)
                gain[node] = node.val + max(left, right)
            else:
                stack.append((node, True))
                stack.append((node.left, False))
                stack.append((node.right, False))
        return best
