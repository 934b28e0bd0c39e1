class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
        for u, v, w in times:
            graph[u].append((v, w))
        settled = [False] * (n + 1)
        heap = [(0, k)]
        reached = 0
        latest = 0
        while heap:
            time, node = heappop(heap)
            if settled[node]:
                continue
            settled[node] = True
            reached += 1
            latest = time
            for neighbour, delay in graph[node]:
                if not settled[neighbour]:
                    heappush(heap, (time + delay, neighbour))
        return latest if reached == n else -1
