# Treats every link as two-way, so nodes that only send to k look reachable.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = [[] for _ in range(n + 1)]
        for u, v, w in times:
            graph[u].append((v, w))
            graph[v].append((u, w))
        best = {}
        heap = [(0, k)]
        while heap:
            time, node = heappop(heap)
            if node in best:
                continue
            best[node] = time
            for neighbour, delay in graph[node]:
                if neighbour not in best:
                    heappush(heap, (time + delay, neighbour))
        return max(best.values()) if len(best) == n else -1
