# Counts only one letter in the last frame, ignoring other letters that share the top count.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        top = max(Counter(tasks).values())
        return max(len(tasks), (top - 1) * (n + 1) + 1)
