# Counts distinct palindromic strings instead of palindromic substrings at every position.
class Solution:
    def countSubstrings(self, s: str) -> int:
        found = set()
        for center in range(2 * len(s) - 1):
            left, right = center // 2, (center + 1) // 2
            while left >= 0 and right < len(s) and s[left] == s[right]:
                found.add(s[left : right + 1])
                left -= 1
                right += 1
        return len(found)
