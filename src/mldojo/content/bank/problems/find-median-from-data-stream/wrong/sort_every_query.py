# Too slow: keeps an unsorted list and sorts it on every findMedian, O(n log n) per query.
class MedianFinder:
    def __init__(self):
        self.numbers: list[int] = []

    def addNum(self, num: int) -> None:
        self.numbers.append(num)

    def findMedian(self) -> float:
        self.numbers.sort()
        n = len(self.numbers)
        if n % 2:
            return float(self.numbers[n // 2])
        return (self.numbers[n // 2 - 1] + self.numbers[n // 2]) / 2
