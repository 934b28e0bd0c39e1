class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = [0] * 26
        left = 0
        max_count = 0
        for right, letter in enumerate(s):
            index = ord(letter) - 65
            counts[index] += 1
            if counts[index] > max_count:
                max_count = counts[index]
            if right - left + 1 - max_count > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
