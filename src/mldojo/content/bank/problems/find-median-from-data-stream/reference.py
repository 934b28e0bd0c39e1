class MedianFinder:
    def __init__(self):
        self.lower: list[int] = []  # max-heap of the lower half, as negated values
        self.upper: list[int] = []  # min-heap of the upper half

    def addNum(self, num: int) -> None:
        # Pass the number through the lower half so that the largest of it moves up.
        heappush(self.upper, -heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heappush(self.lower, -heappop(self.upper))

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
