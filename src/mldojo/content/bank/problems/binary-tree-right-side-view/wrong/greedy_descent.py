# Greedy descent: takes the right child if any, else the left, so deeper left levels are missed.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        while root:
            view.append(root.val)
            root = root.right or root.left
        return view
