# Pops days whose temperature is equal too, so an equally warm day is taken as warmer.
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for day, temp in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] <= temp:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
