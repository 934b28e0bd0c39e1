# Too slow: removes each edge, last first, and re-checks whether a tree remains, O(n^2).
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        for skip in range(n - 1, -1, -1):
            graph = [[] for _ in range(n + 1)]
            for i, (a, b) in enumerate(edges):
                if i != skip:
                    graph[a].append(b)
                    graph[b].append(a)
            seen = {1}
            stack = [1]
            while stack:
                node = stack.pop()
                for nxt in graph[node]:
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
            if len(seen) == n:
                return edges[skip]
        return []
