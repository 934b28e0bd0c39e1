# BFS by hops: fixes each node's time at its first arrival, but a route with more links can be faster.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        arrival = {k: 0}
        queue = deque([k])
        while queue:
            node = queue.popleft()
            for neighbour, delay in graph[node]:
                if neighbour not in arrival:
                    arrival[neighbour] = arrival[node] + delay
                    queue.append(neighbour)
        return max(arrival.values()) if len(arrival) == n else -1
