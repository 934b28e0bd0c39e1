# Off by one: the left preorder slice stops one value short, the right one starts early.
import sys


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        sys.setrecursionlimit(20_000)
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0]) if preorder[0] in inorder else 0
        root.left = self.buildTree(preorder[1:mid], inorder[:mid])
        root.right = self.buildTree(preorder[mid:], inorder[mid + 1 :])
        return root
