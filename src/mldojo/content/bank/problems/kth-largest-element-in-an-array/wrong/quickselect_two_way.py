# Too slow on repeated values: quickselect with a two-way (Lomuto) partition is O(n^2) when most values are equal.
import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        target = len(nums) - k  # index in ascending order
        low, high = 0, len(nums) - 1
        while True:
            pick = random.randint(low, high)
            nums[pick], nums[high] = nums[high], nums[pick]
            pivot, store = nums[high], low
            for i in range(low, high):
                if nums[i] <= pivot:
                    nums[i], nums[store] = nums[store], nums[i]
                    store += 1
            nums[store], nums[high] = nums[high], nums[store]
            if store == target:
                return nums[store]
            if store < target:
                low = store + 1
            else:
                high = store - 1
