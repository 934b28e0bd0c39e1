# On running dry leaving station i, restarts at i itself instead of at i + 1.
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        total = tank = start = 0
        for i in range(len(gas)):
            total += gas[i] - cost[i]
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i, 0
        return start if total >= 0 else -1
