# Moves the left end to last[ch] + 1 even when that occurrence is already outside the window, so it can jump backwards ("abba").
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen: dict[str, int] = {}
        left = 0
        longest = 0
        for right, char in enumerate(s):
            if char in last_seen:
                left = last_seen[char] + 1
            last_seen[char] = right
            longest = max(longest, right - left + 1)
        return longest
