class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen: dict[str, int] = {}
        left = 0
        longest = 0
        for right, char in enumerate(s):
            if last_seen.get(char, -1) >= left:
                left = last_seen[char] + 1
            last_seen[char] = right
            longest = max(longest, right - left + 1)
        return longest
