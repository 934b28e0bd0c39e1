# Removes the n-th node from the front instead of from the end.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(n - 1):
            before = before.next
        before.next = before.next.next
        return dummy.next
