# Too slow: deletes adjacent matched pairs until nothing changes, O(n^2) on deep nesting.
class Solution:
    def isValid(self, s: str) -> bool:
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return not s
            s = shorter
