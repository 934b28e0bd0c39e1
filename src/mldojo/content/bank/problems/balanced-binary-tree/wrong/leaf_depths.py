# Wrong definition: requires the shallowest and deepest leaves to be at most one level apart.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        if root is None:
            return True
        depths, level, depth = [], [root], 1
        while level:
            depths += [depth for n in level if n.left is None and n.right is None]
            level = [c for n in level for c in (n.left, n.right) if c]
            depth += 1
        return max(depths) - min(depths) <= 1
