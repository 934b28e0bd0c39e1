# DFS with a single visited set: reaching a course that is already finished is mistaken for a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        visited = set()
        for start in range(numCourses):
            if start in visited:
                continue
            visited.add(start)
            stack = [iter(unlocks[start])]
            while stack:
                nxt = next(stack[-1], None)
                if nxt is None:
                    stack.pop()
                elif nxt in visited:
                    return False
                else:
                    visited.add(nxt)
                    stack.append(iter(unlocks[nxt]))
        return True
