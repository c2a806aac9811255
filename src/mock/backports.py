"""The ``mock.backports`` module of mock 5.2.0, served by mock-backports.

``IsolatedAsyncioTestCase`` and ``set_event_loop_policy`` need unittest and
asyncio, which few users of ``import mock`` want: they are looked up on first
use, so that importing mock costs no more than importing unittest.mock.
"""

from typing import TYPE_CHECKING

import mock_backports
from mock_backports import iscoroutinefunction, markcoroutinefunction

if TYPE_CHECKING:
    from mock_backports import IsolatedAsyncioTestCase, set_event_loop_policy

_ON_FIRST_USE = frozenset(("IsolatedAsyncioTestCase", "set_event_loop_policy"))

__all__ = [
    "IsolatedAsyncioTestCase",
    "iscoroutinefunction",
    "markcoroutinefunction",
    "set_event_loop_policy",
]

# Names of this module's own machinery, which dir() leaves out as before.
_MACHINERY = frozenset(
    ("TYPE_CHECKING", "mock_backports", "_ON_FIRST_USE", "_MACHINERY", "__getattr__", "__dir__")
)


def __getattr__(name: str) -> object:
    if name not in _ON_FIRST_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(mock_backports, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE} - _MACHINERY)
