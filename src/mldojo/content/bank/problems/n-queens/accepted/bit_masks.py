# Bit masks: occupied columns and both diagonal directions as integers shifted one step per row.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        full = (1 << n) - 1
        boards = []

        def place(cols, left, right, chosen):
            if cols == full:
                boards.append(["." * c + "Q" + "." * (n - c - 1) for c in chosen])
                return
            free = full & ~(cols | left | right)
            while free:
                bit = free & -free
                free ^= bit
                place(
                    cols | bit,
                    ((left | bit) << 1) & full,
                    (right | bit) >> 1,
                    [*chosen, bit.bit_length() - 1],
                )

        place(0, 0, 0, [])
        return boards
