class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need: dict[str, int] = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        missing = len(t)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            if ch in need:
                if need[ch] > 0:
                    missing -= 1
                need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                gone = s[left]
                left += 1
                if gone in need:
                    need[gone] += 1
                    if need[gone] > 0:
                        missing += 1
        return "" if best_len > len(s) else s[best_start : best_start + best_len]
