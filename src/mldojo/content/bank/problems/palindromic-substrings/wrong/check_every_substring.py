# Brute force: tests each of the O(n^2) substrings letter by letter, O(n^3) in total.
class Solution:
    def countSubstrings(self, s: str) -> int:
        count = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                left, right = i, j
                while left < right and s[left] == s[right]:
                    left += 1
                    right -= 1
                if left >= right:
                    count += 1
        return count
