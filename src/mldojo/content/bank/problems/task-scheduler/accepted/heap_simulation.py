# Simulation with a max-heap of remaining counts and a queue of tasks cooling down.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-count for count in Counter(tasks).values()]
        heapq.heapify(heap)
        cooling = deque()
        time = 0
        while heap or cooling:
            if not heap:
                time = cooling[0][1]
            else:
                time += 1
                left = heapq.heappop(heap) + 1
                if left:
                    cooling.append((left, time + n))
            if cooling and cooling[0][1] == time:
                heapq.heappush(heap, cooling.popleft()[0])
        return time
