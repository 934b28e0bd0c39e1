# Compares pre-order value lists without markers for missing children, so shapes are ignored.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def values(node):
            out, stack = [], [node]
            while stack:
                node = stack.pop()
                if node is not None:
                    out.append(node.val)
                    stack.append(node.right)
                    stack.append(node.left)
            return out

        return values(p) == values(q)
