# Gives every tied greedy action the full 1 - epsilon instead of splitting it: rows sum above 1.


def epsilon_greedy_probs(Q, epsilon):
    greedy = Q.max(axis=1, keepdims=True) == Q
    return epsilon / Q.shape[1] + (1 - epsilon) * greedy
