# Greedy on the wrong thing: always takes the longest jump, though a shorter one can lead further.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        position, last = 0, len(nums) - 1
        while position < last:
            if nums[position] == 0:
                return False
            position += nums[position]
        return True
