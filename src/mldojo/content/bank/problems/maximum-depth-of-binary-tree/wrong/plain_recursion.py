# Plain recursion: right on balanced trees, exceeds the stack on a path 10^5 nodes deep.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
