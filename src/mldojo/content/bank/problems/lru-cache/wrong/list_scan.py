# Too slow: keeps recency in a plain list and removes keys by scanning it, O(capacity) per call.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.order: list[int] = []

    def _touch(self, key: int) -> None:
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.values[key] = value
        self._touch(key)
        if len(self.values) > self.capacity:
            oldest = self.order.pop(0)
            del self.values[oldest]
