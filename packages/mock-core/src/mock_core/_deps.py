"""Every import of another mock distribution made by mock_core stands here.

A vendoring tool rewrites only this file.  mock-async is an optional,
lazily loaded provider: it is imported on first use of an async feature and
never at import time, so importing mock_core stays free of asyncio.
"""

from __future__ import annotations

from types import ModuleType

from mock_backports import iscoroutinefunction
from mock_backports._public import publish

__all__ = ["async_support", "iscoroutinefunction", "publish"]

_ASYNC_PROVIDER = "mock_async._provider"
_async_module: ModuleType | None = None


def async_support() -> ModuleType:
    """Return mock-async's provider module, importing it on first need."""
    global _async_module
    if _async_module is None:
        import importlib

        try:
            _async_module = importlib.import_module(_ASYNC_PROVIDER)
        except ModuleNotFoundError as exc:
            raise ImportError(
                "this feature needs AsyncMock, which lives in the mock-async "
                "distribution: install it with 'pip install mock-async' "
                "(or 'pip install mock' for everything)"
            ) from exc
    return _async_module
