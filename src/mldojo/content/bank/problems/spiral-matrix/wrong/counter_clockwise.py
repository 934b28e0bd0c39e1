# Goes down the first column first, which is the counter-clockwise spiral.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        transposed = [list(column) for column in zip(*matrix)]
        top, bottom = 0, len(transposed) - 1
        left, right = 0, len(transposed[0]) - 1
        order = []
        while top <= bottom and left <= right:
            order.extend(transposed[top][c] for c in range(left, right + 1))
            order.extend(transposed[r][right] for r in range(top + 1, bottom + 1))
            if top < bottom:
                order.extend(transposed[bottom][c] for c in range(right - 1, left - 1, -1))
            if left < right:
                order.extend(transposed[r][left] for r in range(bottom - 1, top, -1))
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return order
