# Sorts only the first node of each list and drops the rest.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heads = sorted((node for node in lists if node), key=lambda node: node.val)
        dummy = tail = ListNode()
        for node in heads:
            tail.next = ListNode(node.val)
            tail = tail.next
        return dummy.next
