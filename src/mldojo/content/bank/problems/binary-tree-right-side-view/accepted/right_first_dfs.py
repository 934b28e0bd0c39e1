# Recursive DFS visiting right before left, recording the first node seen at each depth.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []

        def visit(node, depth):
            if node is None:
                return
            if depth == len(view):
                view.append(node.val)
            visit(node.right, depth + 1)
            visit(node.left, depth + 1)

        visit(root, 0)
        return view
