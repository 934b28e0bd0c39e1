# Returns how many binary digits n has, counting the zeros too.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return n.bit_length()
