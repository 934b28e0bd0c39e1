# Too slow: walks to the tail again for every node it moves, O(n^2).
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        current = head
        while current is not None and current.next is not None and current.next.next is not None:
            before_tail = current
            while before_tail.next.next is not None:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = current.next
            current.next = tail
            current = tail.next
