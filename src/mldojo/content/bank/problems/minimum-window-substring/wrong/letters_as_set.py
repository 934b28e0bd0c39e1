# Treats t as a set of letters, so a letter that t repeats is required only once.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        have = {}
        covered = 0
        left = 0
        best = ""
        for right, ch in enumerate(s):
            have[ch] = have.get(ch, 0) + 1
            if ch in need and have[ch] == 1:
                covered += 1
            while covered == len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left : right + 1]
                gone = s[left]
                have[gone] -= 1
                if gone in need and have[gone] == 0:
                    covered -= 1
                left += 1
        return best
