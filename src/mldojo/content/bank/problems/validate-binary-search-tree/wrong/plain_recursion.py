# Plain recursion with bounds: right on shallow trees, exceeds the stack on a path 10^5 nodes deep.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def within(node, low, high):
            if node is None:
                return True
            if not low < node.val < high:
                return False
            return within(node.left, low, node.val) and within(node.right, node.val, high)

        return within(root, float("-inf"), float("inf"))
