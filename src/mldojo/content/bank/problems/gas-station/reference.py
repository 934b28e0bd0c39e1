class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        total = tank = start = 0
        for i, (fill, use) in enumerate(zip(gas, cost)):
            total += fill - use
            tank += fill - use
            if tank < 0:
                start, tank = i + 1, 0
        return start if total >= 0 else -1
