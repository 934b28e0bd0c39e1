# Checks only the shape of the two trees and never compares their values.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        if p is None or q is None:
            return p is q
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
