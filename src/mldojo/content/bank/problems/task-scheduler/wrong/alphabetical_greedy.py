# Greedy that runs the first ready letter alphabetically, not the one with the most copies left.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        left = Counter(tasks)
        ready_at = {letter: 0 for letter in left}
        time = 0
        remaining = len(tasks)
        while remaining:
            for letter in sorted(left):
                if left[letter] and ready_at[letter] <= time:
                    left[letter] -= 1
                    ready_at[letter] = time + n + 1
                    remaining -= 1
                    break
            time += 1
        return time
