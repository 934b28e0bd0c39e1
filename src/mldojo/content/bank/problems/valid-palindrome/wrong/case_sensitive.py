# Forgets to lowercase: "A" and "a" are treated as different characters.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c for c in s if c.isalnum()]
        return kept == kept[::-1]
