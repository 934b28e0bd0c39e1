# Brute force: recomputes the best downward sums below every node from scratch, O(n^2) on a path.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(start):
            """Best downward sum starting at start (0 for None), by an iterative post-order."""
            if start is None:
                return 0
            gain, stack = {None: 0}, [(start, False)]
            while stack:
                node, done = stack.pop()
                if node is None:
                    continue
                if done:
                    gain[node] = node.val + max(0, gain[node.left], gain[node.right])
                else:
                    stack += [(node, True), (node.left, False), (node.right, False)]
            return gain[start]

        best, stack = root.val, [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
            stack += [c for c in (node.left, node.right) if c]
        return best
