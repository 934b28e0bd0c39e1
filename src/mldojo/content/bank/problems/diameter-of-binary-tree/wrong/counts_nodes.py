# Off by one: counts the nodes on the longest path instead of its edges.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0
        height = {None: 0}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                left, right = height[node.left], height[node.right]
                best = max(best, left + right + 1)
                height[node] = 1 + max(left, right)
            else:
                stack += [(node, True), (node.left, False), (node.right, False)]
        return best
