# For an even count, returns the upper of the two middle numbers instead of their average.
class MedianFinder:
    def __init__(self):
        self.numbers: list[int] = []

    def addNum(self, num: int) -> None:
        insort(self.numbers, num)

    def findMedian(self) -> float:
        return float(self.numbers[len(self.numbers) // 2])
