# Finds the value of the n-th node from the end, then deletes the first node holding that value.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        doomed = values[-n]
        dummy = ListNode(0, head)
        before = dummy
        while before.next.val != doomed:
            before = before.next
        before.next = before.next.next
        return dummy.next
