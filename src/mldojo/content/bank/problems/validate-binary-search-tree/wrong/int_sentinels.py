# Starts the bounds at -2^31 and 2^31 - 1 with strict tests, so a node holding either extreme is rejected.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [(root, -(2**31), 2**31 - 1)]
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            if not low < node.val < high:
                return False
            stack.append((node.left, low, node.val))
            stack.append((node.right, node.val, high))
        return True
