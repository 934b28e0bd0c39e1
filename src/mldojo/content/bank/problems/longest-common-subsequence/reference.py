class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        previous = [0] * (len(text2) + 1)
        for letter in text1:
            current = [0]
            for j, other in enumerate(text2):
                if letter == other:
                    current.append(previous[j] + 1)
                else:
                    current.append(max(previous[j + 1], current[j]))
            previous = current
        return previous[-1]
