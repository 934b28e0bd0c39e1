# Recursive three-state DFS: correct, but exceeds Python's recursion limit on a chain of 10^5 courses.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        state = [0] * numCourses  # 0 unvisited, 1 on the current path, 2 done

        def has_cycle(node):
            state[node] = 1
            for nxt in unlocks[node]:
                if state[nxt] == 1 or (state[nxt] == 0 and has_cycle(nxt)):
                    return True
            state[node] = 2
            return False

        return not any(state[c] == 0 and has_cycle(c) for c in range(numCourses))
