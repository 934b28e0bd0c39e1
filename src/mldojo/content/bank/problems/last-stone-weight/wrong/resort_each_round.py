# Too slow: sorts the whole list again after every round, O(n^2 log n) in the worst case.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = list(stones)
        while len(stones) > 1:
            stones.sort()
            heaviest = stones.pop()
            second = stones.pop()
            if heaviest != second:
                stones.append(heaviest - second)
        return stones[0] if stones else 0
