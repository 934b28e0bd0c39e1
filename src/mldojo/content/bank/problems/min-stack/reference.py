class MinStack:
    def __init__(self):
        # Each entry: (value, minimum of the stack from the bottom up to this entry).
        self.entries: list[tuple[int, int]] = []

    def push(self, val: int) -> None:
        below = self.entries[-1][1] if self.entries else val
        self.entries.append((val, min(val, below)))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def getMin(self) -> int:
        return self.entries[-1][1]
