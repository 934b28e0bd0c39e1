# Pops without checking the stack is non-empty: a closer with nothing open raises IndexError.
class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        open_brackets: list[str] = []
        for char in s:
            if char in opener_of:
                if open_brackets.pop() != opener_of[char]:
                    return False
            else:
                open_brackets.append(char)
        return not open_brackets
