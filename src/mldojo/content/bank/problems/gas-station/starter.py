class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        pass
