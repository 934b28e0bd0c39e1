# Finds the cycle but returns its edge that comes first in the input, not the last one.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        degree = [0] * (n + 1)
        graph = [[] for _ in range(n + 1)]
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
            graph[a].append(b)
            graph[b].append(a)
        # Peel leaves until only the cycle is left.
        leaves = [v for v in range(1, n + 1) if degree[v] == 1]
        while leaves:
            leaf = leaves.pop()
            degree[leaf] = 0
            for nxt in graph[leaf]:
                if degree[nxt] > 0:
                    degree[nxt] -= 1
                    if degree[nxt] == 1:
                        leaves.append(nxt)
        for a, b in edges:
            if degree[a] > 0 and degree[b] > 0:
                return [a, b]
        return []
