"""Where the stdlib's unittest.mock of each Python behaves as the reference.

The reference is the newest CPython's unittest.mock (3.15), on every Python.
A differential test compares ours with the running Python's stdlib only where
that stdlib has the reference's behaviour: ``SINCE`` gives, for each behaviour
that changed, the first Python whose stdlib has the newest one, and why older
ones differ.  Tests import it as ``support.reference_facts``.
"""

from __future__ import annotations

import sys

SINCE: dict[str, tuple[tuple[int, int], str]] = {
    "patch_fixes_of_mock_5_2": ((3, 13), "older stdlibs lack fixes mock 5.2.0 has for patch"),
    "async_fixes_of_mock_5_2": ((3, 13), "older stdlibs lack fixes mock 5.2.0 has for async"),
    "patch_resolve_name": (
        (3, 11),
        "before 3.11 patch looks targets up with __import__, not pkgutil.resolve_name",
    ),
    "call_count_from_call_args_list": (
        (3, 14),
        "from 3.14 a call sets call_count to len(call_args_list), so an assigned count"
        " lasts until the next call",
    ),
    "threading_mock": ((3, 13), "ThreadingMock is new in 3.13's unittest.mock"),
    "assert_typo_message_no_period": (
        (3, 15),
        '3.15 dropped the final period of "... is meant to be an attribute."',
    ),
    "assert_message_actual_indent": (
        (3, 11),
        'before 3.11 assertion messages print "Actual:" without its two-space indent',
    ),
    "has_calls_message_always_shows_actual": (
        (3, 13),
        'before 3.13 assert_has_calls leaves the "  Actual:" line out when the mock has no calls',
    ),
    "seal_spares_autospecced_methods": (
        (3, 12),
        "before 3.12 seal also seals an autospecced method of an attribute not read yet,"
        " so calling it fails for want of a return_value",
    ),
    "autospec_rejects_mocked_out_attribute": (
        (3, 10),
        "before 3.10 create_autospec specs an attribute that is already a mock instead of"
        " raising InvalidSpecError",
    ),
    "mock_open_exit_closes": (
        (3, 13),
        "before 3.13 mock_open's handle.__exit__ takes any arguments and does not close",
    ),
    "exit_stack_exits_mock_open": (
        (3, 15),
        "before 3.15 contextlib.ExitStack passes the handle to its __exit__ too, which"
        " the stdlib's mock_open rejects (3.13, 3.14) or ignores without closing",
    ),
}


def since(fact: str) -> tuple[int, int]:
    """The first Python whose stdlib has the reference's behaviour for ``fact``."""
    return SINCE[fact][0]


def stdlib_matches(fact: str) -> bool:
    """Whether this Python's unittest.mock has the reference's behaviour for ``fact``."""
    return sys.version_info >= since(fact)


def reason(fact: str) -> str:
    """Why a stdlib before ``since(fact)`` is not compared (a skip reason)."""
    first, why = SINCE[fact]
    return f"unittest.mock before {first[0]}.{first[1]} differs from the reference: {why}"
