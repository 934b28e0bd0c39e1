# Places each number by heap size alone, so a small number can land in the upper half.
class MedianFinder:
    def __init__(self):
        self.lower: list[int] = []
        self.upper: list[int] = []

    def addNum(self, num: int) -> None:
        if len(self.lower) <= len(self.upper):
            heappush(self.lower, -num)
        else:
            heappush(self.upper, num)

    def findMedian(self) -> float:
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
