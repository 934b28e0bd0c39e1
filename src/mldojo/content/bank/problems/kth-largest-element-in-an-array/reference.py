import heapq


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        largest = nums[:k]  # a min-heap of the k largest values seen so far
        heapq.heapify(largest)
        for value in nums[k:]:
            if value > largest[0]:
                heapq.heapreplace(largest, value)
        return largest[0]
