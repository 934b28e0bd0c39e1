class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        stack, position = [root], 0
        for value in preorder[1:]:
            node, parent = TreeNode(value), None
            # Nodes whose inorder turn has come are finished on the left: pop them; the last one
            # popped is the parent whose right child comes next in preorder.
            while stack and stack[-1].val == inorder[position]:
                parent = stack.pop()
                position += 1
            if parent is None:
                stack[-1].left = node
            else:
                parent.right = node
            stack.append(node)
        return root
