# On a repeat, restarts the window at the repeated character, losing the characters after its first occurrence ("dvdf").
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window: set[str] = set()
        longest = 0
        for char in s:
            if char in window:
                window = set()
            window.add(char)
            longest = max(longest, len(window))
        return longest
