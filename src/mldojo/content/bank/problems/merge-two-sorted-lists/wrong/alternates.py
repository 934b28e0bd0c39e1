# Alternates one node from each list instead of comparing values.
class Solution:
    def mergeTwoLists(
        self, list1: Optional[ListNode], list2: Optional[ListNode]
    ) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 and list2:
            tail.next, list1 = list1, list1.next
            tail = tail.next
            tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 or list2
        return dummy.next
