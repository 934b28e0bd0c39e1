# Rotates four cells at a time but runs each ring one step too far, turning its corners twice.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for layer in range(n // 2):
            last = n - 1 - layer
            for i in range(layer, last + 1):
                offset = i - layer
                top = matrix[layer][i]
                matrix[layer][i] = matrix[last - offset][layer]
                matrix[last - offset][layer] = matrix[last][last - offset]
                matrix[last][last - offset] = matrix[i][last]
                matrix[i][last] = top
