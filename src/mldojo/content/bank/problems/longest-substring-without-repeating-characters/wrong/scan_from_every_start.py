# Too slow: from every start, extends until a repeat, O(n·d) when there are many distinct characters.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        longest = 0
        for start in range(len(s)):
            seen: set[str] = set()
            for char in s[start:]:
                if char in seen:
                    break
                seen.add(char)
            longest = max(longest, len(seen))
        return longest
