class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        open_brackets: list[str] = []
        for char in s:
            if char in opener_of:
                if not open_brackets or open_brackets.pop() != opener_of[char]:
                    return False
            else:
                open_brackets.append(char)
        return not open_brackets
