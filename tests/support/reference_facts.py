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
    "magic_reset_keeps_return_value": (
        (3, 13),
        "reset_mock(return_value=True) also clears the return values of magic methods (so"
        " len() and str() of the mock then return a mock), as 3.12.1's does",
    ),
    "autospec_wraps": (
        (3, 13),
        "a function autospecced with wraps= returns a mock when called instead of calling"
        " the wrapped function (3.11.7, 3.12.1)",
    ),
    "assert_message_actual_indent": (
        (3, 11),
        'assertion messages print "\nActual:" without the two-space indent of "  Actual:"',
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
