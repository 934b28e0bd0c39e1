# Too slow: walks the tree from the root again for every depth, O(n·h).
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        depth = 0
        while True:
            level = []
            self.collect(root, depth, level)
            if not level:
                return levels
            levels.append(level)
            depth += 1

    def collect(self, node, depth, level):
        if node is None:
            return
        if depth == 0:
            level.append(node.val)
            return
        self.collect(node.left, depth - 1, level)
        self.collect(node.right, depth - 1, level)
