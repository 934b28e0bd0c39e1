class Solution:
    def hammingWeight(self, n: int) -> int:
        pass
