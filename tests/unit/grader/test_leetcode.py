"""LeetCode's environment: list forms of linked lists and trees, and the free names."""

from __future__ import annotations

import pytest

from mldojo.grader import leetcode


def test_linked_list_roundtrips_through_list_form() -> None:
    head = leetcode.list_to_linked([1, 2, 3])
    assert head is not None
    assert head.next is not None
    assert head.next.val == 2
    assert leetcode.linked_to_list(head) == [1, 2, 3]
    assert leetcode.list_to_linked([]) is None


def test_linked_to_list_refuses_a_cycle() -> None:
    head = leetcode.list_to_linked([1, 2])
    assert head is not None
    assert head.next is not None
    head.next.next = head
    with pytest.raises(leetcode.ConversionError, match="cycle"):
        leetcode.linked_to_list(head)


def test_tree_roundtrips_through_level_order_with_gaps() -> None:
    values = [3, 9, 20, None, None, 15, 7]
    root = leetcode.list_to_tree(values)
    assert root is not None
    assert root.right is not None
    assert root.right.left is not None
    assert root.right.left.val == 15
    assert leetcode.tree_to_list(root) == values


def test_tree_to_list_trims_trailing_gaps() -> None:
    assert leetcode.tree_to_list(leetcode.list_to_tree([1, None, 2, 3])) == [1, None, 2, 3]
    assert leetcode.tree_to_list(None) == []


def test_tree_to_list_refuses_a_non_node() -> None:
    with pytest.raises(leetcode.ConversionError, match="TreeNode"):
        leetcode.tree_to_list([1, 2])


def test_prelude_provides_leetcode_names_without_import() -> None:
    names = leetcode.prelude()
    for name in ("List", "Optional", "Dict", "Deque", "deque", "defaultdict", "Counter"):
        assert name in names
    for name in ("heappush", "heappop", "bisect_left", "lru_cache", "cache", "inf", "math"):
        assert name in names
    assert names["ListNode"] is leetcode.ListNode


def test_prelude_keeps_builtin_pow_with_three_arguments() -> None:
    names = leetcode.prelude()
    assert "pow" not in names
    code = compile("result = pow(3, 4, 5)", "solution.py", "exec")
    exec(code, names)  # noqa: S102 - a fixed test snippet
    assert names["result"] == 1


def test_prelude_keeps_module_names_usable_as_modules() -> None:
    from mldojo.grader import leetcode

    names = leetcode.prelude()
    assert names["bisect"].insort is not None
    assert names["copy"].deepcopy([1]) == [1]
    assert names["bisect_left"]([1, 3], 2) == 1
