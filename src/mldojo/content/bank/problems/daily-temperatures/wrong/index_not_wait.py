# Stores the index of the warmer day instead of the number of days to wait.
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for day, temp in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < temp:
                answer[waiting.pop()] = day
            waiting.append(day)
        return answer
