# Compares only the roots and their direct children, never looking deeper.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def key(node):
            return None if node is None else node.val

        if p is None or q is None:
            return p is q
        return (p.val, key(p.left), key(p.right)) == (q.val, key(q.left), key(q.right))
