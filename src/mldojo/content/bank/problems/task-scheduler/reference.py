class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        top = max(counts)
        ties = sum(1 for count in counts if count == top)
        return max(len(tasks), (top - 1) * (n + 1) + ties)
