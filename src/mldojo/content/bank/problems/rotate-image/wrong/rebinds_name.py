# Builds the rotated matrix and assigns it to the local name, leaving the caller's matrix unchanged.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix = [list(row) for row in zip(*matrix[::-1])]
