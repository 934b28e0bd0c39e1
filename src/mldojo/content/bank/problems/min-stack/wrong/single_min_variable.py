# Keeps one min variable and never restores it after the minimum is popped.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.minimum is None or val < self.minimum:
            self.minimum = val

    def pop(self) -> None:
        self.values.pop()
        if not self.values:
            self.minimum = None

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minimum
