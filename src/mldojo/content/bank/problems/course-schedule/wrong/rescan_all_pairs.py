# Too slow: after each round of free courses, rescans every pair to find the next ones, O(n·p) on a long chain.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        remaining = set(range(numCourses))
        while remaining:
            blocked = {course for course, before in prerequisites
                       if course in remaining and before in remaining}
            free = remaining - blocked
            if not free:
                return False
            remaining -= free
        return True
