"""Shared helpers: run one async scenario against unittest.mock and against ours."""

from __future__ import annotations

import asyncio
import unittest.mock as stdlib
from types import SimpleNamespace
from typing import Any

import mock_core
from mock_async import AsyncMock
from support.reference_facts import stdlib_matches

OURS = SimpleNamespace(
    name="ours",
    AsyncMock=AsyncMock,
    MagicMock=mock_core.MagicMock,
    Mock=mock_core.Mock,
    NonCallableMock=mock_core.NonCallableMock,
    DEFAULT=mock_core.DEFAULT,
    ANY=mock_core.ANY,
    call=mock_core.call,
    create_autospec=mock_core.create_autospec,
    seal=mock_core.seal,
)
STDLIB = SimpleNamespace(
    name="unittest.mock",
    AsyncMock=stdlib.AsyncMock,
    MagicMock=stdlib.MagicMock,
    Mock=stdlib.Mock,
    NonCallableMock=stdlib.NonCallableMock,
    DEFAULT=stdlib.DEFAULT,
    ANY=stdlib.ANY,
    call=stdlib.call,
    create_autospec=stdlib.create_autospec,
    seal=stdlib.seal,
)
BOTH = (OURS, STDLIB)

# From 3.13 the stdlib matches the reference for everything async we test; where
# an older stdlib differs, the stdlib half is skipped.
STDLIB_IS_REFERENCE = stdlib_matches("async_fixes_of_mock_5_2")


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def outcome(func: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """Return ("ok", result) or (exception type name, message)."""
    try:
        return ("ok", func(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return (type(exc).__name__, str(exc))


async def aoutcome(awaitable: Any) -> tuple[str, Any]:
    """Return ("ok", result) or (exception type name, message) of an await."""
    try:
        return ("ok", await awaitable)
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return (type(exc).__name__, str(exc))
