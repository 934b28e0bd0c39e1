from collections import deque


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks: list[list[int]] = [[] for _ in range(numCourses)]
        waiting_on = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting_on[course] += 1
        ready = deque(c for c in range(numCourses) if waiting_on[c] == 0)
        taken = 0
        while ready:
            course = ready.popleft()
            taken += 1
            for nxt in unlocks[course]:
                waiting_on[nxt] -= 1
                if waiting_on[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses
