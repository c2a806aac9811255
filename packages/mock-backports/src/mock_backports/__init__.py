"""Version shims that let the mock packages behave as on Python 3.13 everywhere."""

from __future__ import annotations

from ._coroutines import iscoroutinefunction, markcoroutinefunction
from ._public import publish as _publish

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

if TYPE_CHECKING:
    from ._asynctest import IsolatedAsyncioTestCase
    from ._policy import set_event_loop_policy

__all__ = [
    "IsolatedAsyncioTestCase",
    "iscoroutinefunction",
    "markcoroutinefunction",
    "set_event_loop_policy",
]

# These two need asyncio; loading them on first use keeps
# "import mock_backports" (and so "import mock_core") free of it.
_LAZY = {
    "IsolatedAsyncioTestCase": "._asynctest",
    "set_event_loop_policy": "._policy",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name, __name__), name)
    _publish(__name__, [value])
    globals()[name] = value
    return value


_publish(__name__, [iscoroutinefunction, markcoroutinefunction])


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
