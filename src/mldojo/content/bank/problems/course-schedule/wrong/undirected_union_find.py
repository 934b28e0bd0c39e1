# Treats prerequisites as undirected edges (union-find), so any two paths that rejoin, like a diamond, look like a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        parent = list(range(numCourses))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for course, before in prerequisites:
            root_a, root_b = find(course), find(before)
            if root_a == root_b:
                return False
            parent[root_a] = root_b
        return True
