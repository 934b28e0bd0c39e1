# Reverses the second half but never cuts the first half off it, so the result runs in a cycle.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        second = slow.next
        previous = None
        while second is not None:
            following = second.next
            second.next = previous
            previous = second
            second = following
        first, second = head, previous
        while second is not None:
            after_first, after_second = first.next, second.next
            first.next = second
            second.next = after_first
            first, second = after_first, after_second
