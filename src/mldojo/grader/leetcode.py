"""LeetCode's Python 3 environment: ListNode, TreeNode, their list forms and the free names.

Solutions written on LeetCode run here unchanged: the typing names and the usual standard-library
modules are available without import, and linked lists and trees cross as LeetCode's list forms.
Runs inside the sandbox: standard library only.
"""

from __future__ import annotations

import bisect
import builtins
import collections
import copy
import functools
import heapq
import itertools
import math
import operator
import random
import re
import string
import typing
from collections import deque
from typing import Any

# A cycle or a runaway structure must not hang the serialiser.
MAX_NODES = 1_000_000


class ListNode:
    """A singly linked list node, as LeetCode defines it."""

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


class TreeNode:
    """A binary tree node, as LeetCode defines it."""

    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val})"


class ConversionError(Exception):
    """A returned structure cannot be turned into LeetCode's list form."""


def list_to_linked(values: list[Any] | None) -> ListNode | None:
    """Return the head of a linked list holding the values, or None when empty."""
    head: ListNode | None = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def linked_to_list(head: Any) -> list[Any]:
    """Return the values of a linked list in order; refuse cycles and non-nodes."""
    values: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None:
        if not isinstance(node, ListNode):
            raise ConversionError(f"expected a ListNode or None, got {type(node).__name__}")
        if id(node) in seen:
            raise ConversionError("the returned linked list has a cycle")
        if len(values) >= MAX_NODES:
            raise ConversionError(f"the returned linked list is longer than {MAX_NODES} nodes")
        seen.add(id(node))
        values.append(node.val)
        node = node.next
    return values


def list_to_tree(values: list[Any] | None) -> TreeNode | None:
    """Return the root of a tree from LeetCode's level-order list with None for gaps."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue: deque[TreeNode] = deque([root])
    index = 1
    while queue and index < len(values):
        node = queue.popleft()
        if index < len(values) and values[index] is not None:
            node.left = TreeNode(values[index])
            queue.append(node.left)
        index += 1
        if index < len(values) and values[index] is not None:
            node.right = TreeNode(values[index])
            queue.append(node.right)
        index += 1
    return root


def tree_to_list(root: Any) -> list[Any]:
    """Return LeetCode's level-order list of a tree, trailing Nones trimmed."""
    values: list[Any] = []
    seen: set[int] = set()
    queue: deque[Any] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        if not isinstance(node, TreeNode):
            raise ConversionError(f"expected a TreeNode or None, got {type(node).__name__}")
        if id(node) in seen:
            raise ConversionError("the returned tree has a cycle or a shared node")
        if len(seen) >= MAX_NODES:
            raise ConversionError(f"the returned tree has more than {MAX_NODES} nodes")
        seen.add(id(node))
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def prelude() -> dict[str, Any]:
    """Return the names a LeetCode solution may use without importing them."""
    names: dict[str, Any] = {"__name__": "solution", "__builtins__": builtins}
    names.update({name: getattr(typing, name) for name in typing.__all__})
    # LeetCode's header does `from <module> import *` for these; unlike LeetCode, a builtin
    # keeps its meaning (math.pow would break the three-argument pow).
    builtin_names = set(dir(builtins))
    for module in (collections, heapq, bisect, math, itertools, functools, string):
        public = getattr(module, "__all__", None) or [n for n in dir(module) if n[0] != "_"]
        names.update(
            {
                name: getattr(module, name)
                for name in public
                if hasattr(module, name) and name not in builtin_names
            }
        )
    # Module names are bound last, so `bisect.insort(...)` and `copy.deepcopy(...)` work even
    # though the star imports bring functions of the same names.
    modules = (
        bisect,
        collections,
        copy,
        functools,
        heapq,
        itertools,
        math,
        operator,
        random,
        re,
        string,
    )
    names.update({module.__name__: module for module in modules})
    names.update({"ListNode": ListNode, "TreeNode": TreeNode, "inf": math.inf})
    return names
