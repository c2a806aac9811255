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
    # Assertions and their messages.
    "actual_line_indent": (
        (3, 11),
        'before 3.11 an assertion message\'s "Actual:" line lacks its two-space indent',
    ),
    "has_awaits_errors_list": (
        (3, 11),
        "before 3.11 assert_has_awaits words the errors of unbindable awaits differently",
    ),
    "assertion_messages_of_mock_5_2": (
        (3, 13),
        "before 3.13 some assertion messages differ, e.g. 3.12's assert_has_calls on a mock"
        ' never called has no "Actual: []" line',
    ),
    "spec_allows_assertion_names": (
        (3, 10),
        "3.9 refuses an attribute named like an assertion even when the spec has it",
    ),
    # Specs and autospec.
    "mock_as_spec_refused": (
        (3, 11),
        "before 3.11 a mock is accepted as spec or spec_set; the reference raises InvalidSpecError",
    ),
    "autospec_of_mock_refused": (
        (3, 10),
        "3.9 autospecs a mock silently; the reference raises InvalidSpecError",
    ),
    "autospec_typo_guard": (
        (3, 11),
        "before 3.11 create_autospec takes misspelt arguments such as set_spec silently",
    ),
    "autospec_keeps_child_configuration": (
        (3, 13),
        "before 3.13 create_autospec drops dotted keyword configuration of children",
    ),
    "autospec_honours_wraps": (
        (3, 13),
        "before 3.13 create_autospec of a function ignores wraps",
    ),
    "autospec_dataclass_fields": (
        (3, 14),
        "before 3.14 create_autospec does not spec the fields of a dataclass",
    ),
    "spec_set_reset_mock": (
        (3, 13),
        "before 3.13 reset_mock of a spec_set async mock or autospec fails setting its records",
    ),
    "seal_refuses_spec_attributes": (
        (3, 10),
        "3.9's seal lets a sealed specced mock create its spec's attributes",
    ),
    "mock_open_closes_on_exit": (
        (3, 13),
        "before 3.13 mock_open's handle is not closed on leaving the with block",
    ),
    # AsyncMock.
    "async_spec_class_and_static_methods": (
        (3, 10),
        "3.9 does not see async classmethods and staticmethods of a spec as async",
    ),
    "async_function_attributes": (
        (3, 10),
        "3.9's AsyncMock has no __name__, __defaults__ & co., and its children's code mock"
        " is not accepted as a coroutine function's",
    ),
    "async_code_arguments": (
        (3, 11),
        "before 3.11 AsyncMock's __code__ mock has no co_argcount or co_varnames, so"
        " inspect.signature fails on it",
    ),
    "autospec_async_function": (
        (3, 13),
        "before 3.13 create_autospec of an async function is a plain function checking its"
        " signature when called, not a coroutine function checking it when awaited",
    ),
    # patch.
    "patch_typo_guard": (
        (3, 10),
        "3.9's patch takes autospect, auto_spec and set_spec silently",
    ),
    "autospec_static_method_signature": (
        (3, 11),
        "before 3.11 autospec of a staticmethod loses its signature",
    ),
    "patch_refuses_restart": (
        (3, 14),
        "before 3.14 starting a started patcher is not refused",
    ),
    "awaitable_check_reads_no_attributes": (
        (3, 14),
        "before 3.14 isinstance(obj, Awaitable) reads obj's attributes, so patch of a proxy"
        " that raises on every attribute fails choosing the default mock class",
    ),
    # The inspect and unittest functions mock_backports brings to older Pythons.
    "inspect_iscoroutinefunction": (
        (3, 13),
        "before 3.13 inspect.iscoroutinefunction answers some kinds of objects unlike 3.13's",
    ),
    "inspect_markcoroutinefunction": (
        (3, 12),
        "inspect.markcoroutinefunction is new in 3.12",
    ),
    "isolated_asyncio_test_case": (
        (3, 13),
        "before 3.13 unittest.IsolatedAsyncioTestCase behaves unlike 3.13's, so the backport"
        " is a class of its own there",
    ),
    "inspect_without_function_class": (
        (3, 10),
        "3.9's inspect needs an AsyncMock without spec to report FunctionType as __class__",
    ),
    "magic_reset_keeps_return_value": (
        (3, 13),
        "reset_mock(return_value=True) also clears the return values of magic methods (so"
        " len() and str() of the mock then return a mock), as 3.12.1's does",
    ),
    "mock_class_signatures": (
        (3, 12),
        "before 3.12 NonCallableMock.__new__ takes (cls, /, *args, **kw), so inspect.signature"
        " of NonCallableMock and of each __new__ shows that",
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
    "exit_stack_exits_mock_open": (
        (3, 15),
        "before 3.15 contextlib.ExitStack passes the handle to its __exit__ too, which"
        " the stdlib's mock_open rejects (3.13, 3.14) or ignores without closing",
    ),
    "mock_open_exit_takes_three": (
        (3, 15),
        "3.14's mock_open handle.__exit__ takes any arguments and closes on each call (3.13's"
        " took exactly three, like 3.15's, but this table gives a first version only)",
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
