# Guesses the last edge whose two ends both have degree at least 2; such an edge need not be on the cycle.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        degree = Counter()
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        for a, b in reversed(edges):
            if degree[a] >= 2 and degree[b] >= 2:
                return [a, b]
        return []
