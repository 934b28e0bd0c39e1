# Assumes a square matrix: uses the number of rows as the number of columns too.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        n = len(matrix)
        order = []
        for layer in range((n + 1) // 2):
            first, last = layer, n - 1 - layer
            order.extend(matrix[first][c] for c in range(first, last + 1))
            order.extend(matrix[r][last] for r in range(first + 1, last + 1))
            if first < last:
                order.extend(matrix[last][c] for c in range(last - 1, first - 1, -1))
                order.extend(matrix[r][first] for r in range(last - 1, first, -1))
        return order
