# The auxiliary min stack only takes values strictly below the current minimum, so a repeated minimum is lost after one pop.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimums = []

    def push(self, val: int) -> None:
        self.values.append(val)
        if not self.minimums or val < self.minimums[-1]:
            self.minimums.append(val)

    def pop(self) -> None:
        if self.values.pop() == self.minimums[-1]:
            self.minimums.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minimums[-1]
