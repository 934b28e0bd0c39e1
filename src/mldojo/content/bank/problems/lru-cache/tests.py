import random

from mldojo.content.testing import design


def public():
    return [
        design(
            "example 1",
            ["LRUCache", "put", "put", "get", "put", "get", "get"],
            [[2], [1, 10], [2, 20], [1], [3, 30], [2], [3]],
            expected=[None, None, None, 10, None, -1, 30],
        ),
        design(
            "example 2",
            ["LRUCache", "put", "put", "get"],
            [[1], [5, 1], [5, 2], [5]],
            expected=[None, None, None, 2],
        ),
    ]


def _random_ops(rng, capacity, calls, key_space):
    operations, arguments = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.randrange(key_space)
        if rng.random() < 0.5:
            operations.append("get")
            arguments.append([key])
        else:
            operations.append("put")
            arguments.append([key, rng.randrange(100_001)])
    return operations, arguments


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        design("capacity one", ["LRUCache", "put", "put", "get", "get"],
               [[1], [1, 1], [2, 2], [1], [2]]),
        design("get on empty", ["LRUCache", "get"], [[3], [0]]),
        design("read keeps a key alive",
               ["LRUCache", "put", "put", "put", "get", "put", "get", "get", "get", "get"],
               [[3], [1, 1], [2, 2], [3, 3], [1], [4, 4], [1], [2], [3], [4]]),
        design("update at full capacity evicts nothing",
               ["LRUCache", "put", "put", "put", "get", "get"],
               [[2], [1, 1], [2, 2], [1, 9], [1], [2]]),
        design("update refreshes recency",
               ["LRUCache", "put", "put", "put", "put", "get", "get", "get"],
               [[2], [1, 1], [2, 2], [1, 5], [3, 3], [1], [2], [3]]),
        design("key and value zero", ["LRUCache", "put", "get", "get"],
               [[2], [0, 0], [0], [1]]),
    ]
    for k in range(10):
        ops, args = _random_ops(rng, rng.randint(1, 8), rng.randint(10, 200), rng.randint(2, 20))
        cases.append(design(f"random {k + 1}", ops, args))
    ops, args = _random_ops(rng, 3000, 100_000, 10_001)
    cases.append(design("100000 random calls, capacity 3000", ops, args))
    # Fill a large cache, then keep using the newest keys: a list scan walks the whole cache.
    capacity = 50_000
    ops, args = ["LRUCache"], [[capacity]]
    for key in range(capacity):
        ops.append("put")
        args.append([key, key % 100_001])
    for step in range(150_000):
        key = capacity - 1 - (step % 3)
        if step % 2:
            ops.append("get")
            args.append([key])
        else:
            ops.append("put")
            args.append([key, step % 100_001])
    cases.append(design("200000 calls on a full cache of 50000", ops, args))
    return cases
