# Returns the depth of the shallowest leaf instead of the deepest.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        depth = 1
        level = [root]
        while level:
            for node in level:
                if node.left is None and node.right is None:
                    return depth
            level = [child for node in level for child in (node.left, node.right) if child]
            depth += 1
        return depth
