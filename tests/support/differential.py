"""The one differential helper: the same scenario against ours and the reference.

A scenario is a function of one argument, the library: ``mock`` (ours, every
package re-exported) or ``unittest.mock``.  It returns what it observed (plain
values, reprs through :func:`mask`, :func:`outcome` tuples, :func:`records`);
a coroutine it returns is run to completion.  :func:`same` runs it against both
and asserts equal results where the running Python's stdlib behaves as the
reference (``support.reference_facts``); elsewhere only ours runs, and the
caller asserts the expected value itself.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import unittest.mock as stdlib
from types import ModuleType
from typing import Any, Callable

import mock as ours
from support.reference_facts import reason, stdlib_matches

OURS: ModuleType = ours
STDLIB: ModuleType = stdlib
# For ``pytest.mark.parametrize("lib", LIBRARIES, ids=LIBRARY_IDS)`` where one
# scenario asserts an expected value against each library in turn.
LIBRARIES = (OURS, STDLIB)
LIBRARY_IDS = ("ours", "unittest.mock")

_ADDRESSES = re.compile(r"(?<=id=')\d+|0x[0-9a-fA-F]+")


def mask(text: str) -> str:
    """``text`` with object ids and addresses replaced by ``ID``."""
    return _ADDRESSES.sub("ID", text)


def _settle(value: Any) -> Any:
    return asyncio.run(value) if inspect.iscoroutine(value) else value


def outcome(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """``("ok", result)``, or ``("raised", exception type name, masked message)``."""
    try:
        return ("ok", _settle(func(*args, **kwargs)))
    except BaseException as exc:  # noqa: BLE001 - the exception is the observation
        return ("raised", type(exc).__name__, mask(str(exc)))


def records(m: Any) -> tuple[Any, ...]:
    """Everything a mock records about its calls, reprs masked."""
    return (
        m.called,
        m.call_count,
        mask(repr(m.call_args)),
        mask(repr(m.call_args_list)),
        mask(repr(m.mock_calls)),
        mask(repr(m.method_calls)),
    )


def same(scenario: Callable[[ModuleType], Any], fact: str | None = None) -> Any:
    """Run ``scenario`` against ours and, unless this Python's stdlib lacks the
    reference's behaviour for ``fact``, against ``unittest.mock``; assert both
    observed the same and return what ours observed."""
    got = _settle(scenario(OURS))
    if fact is None or stdlib_matches(fact):
        assert got == _settle(scenario(STDLIB))
    return got


def skip_reason(fact: str) -> str:
    """Why the stdlib half of a comparison on ``fact`` does not run here."""
    return reason(fact)
