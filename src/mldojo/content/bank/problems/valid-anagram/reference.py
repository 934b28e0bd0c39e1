class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        balance: dict[str, int] = {}
        for char in s:
            balance[char] = balance.get(char, 0) + 1
        for char in t:
            left = balance.get(char, 0)
            if left == 0:
                return False
            balance[char] = left - 1
        return True
