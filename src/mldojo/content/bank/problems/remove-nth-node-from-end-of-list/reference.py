class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        leader = trailer = dummy
        for _ in range(n):
            leader = leader.next
        while leader.next is not None:
            leader = leader.next
            trailer = trailer.next
        trailer.next = trailer.next.next
        return dummy.next
