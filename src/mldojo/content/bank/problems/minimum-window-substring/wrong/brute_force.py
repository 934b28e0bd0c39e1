# Too slow: grows a window from every start until it holds t, O(|s|^2) in the worst case.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        best = ""
        for start in range(len(s)):
            have = {}
            satisfied = 0
            for end in range(start, len(s)):
                ch = s[end]
                have[ch] = have.get(ch, 0) + 1
                if ch in need and have[ch] == need[ch]:
                    satisfied += 1
                if satisfied == len(need):
                    if not best or end - start + 1 < len(best):
                        best = s[start : end + 1]
                    break
        return best
