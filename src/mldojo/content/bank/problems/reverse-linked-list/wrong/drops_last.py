# Stops one node early (loop condition on current.next), losing the last node.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None:
            return None
        previous = None
        current = head
        while current.next is not None:
            following = current.next
            current.next = previous
            previous = current
            current = following
        return previous
