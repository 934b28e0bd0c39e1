# Stops at the first complete window (after trimming its left end) instead of sliding on to shorter ones.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        missing = len(t)
        for right, ch in enumerate(s):
            if need.get(ch, 0) > 0:
                missing -= 1
            if ch in need:
                need[ch] -= 1
            if missing == 0:
                left = 0
                while s[left] not in need or need[s[left]] < 0:
                    if s[left] in need:
                        need[s[left]] += 1
                    left += 1
                return s[left : right + 1]
        return ""
