"""Shared helpers: run one scenario against unittest.mock and against ours."""

from __future__ import annotations

import sys
import unittest.mock as stdlib
from types import SimpleNamespace
from typing import Any

import mock_core
from mock_async import AsyncMock
from mock_patch import patch

OURS = SimpleNamespace(
    name="mock_patch",
    patch=patch,
    DEFAULT=mock_core.DEFAULT,
    MagicMock=mock_core.MagicMock,
    NonCallableMagicMock=mock_core.NonCallableMagicMock,
    NonCallableMock=mock_core.NonCallableMock,
    Mock=mock_core.Mock,
    AsyncMock=AsyncMock,
    sentinel=mock_core.sentinel,
)
STDLIB = SimpleNamespace(
    name="unittest.mock",
    patch=stdlib.patch,
    DEFAULT=stdlib.DEFAULT,
    MagicMock=stdlib.MagicMock,
    NonCallableMagicMock=stdlib.NonCallableMagicMock,
    NonCallableMock=stdlib.NonCallableMock,
    Mock=stdlib.Mock,
    AsyncMock=stdlib.AsyncMock,
    sentinel=stdlib.sentinel,
)
BOTH = (OURS, STDLIB)

# Python 3.13's unittest.mock has every fix mock 5.2.0 has for patch.
STDLIB_IS_REFERENCE = sys.version_info >= (3, 13)


def outcome(func: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """Return ("ok", result) or (exception type name, message)."""
    try:
        return ("ok", func(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return (type(exc).__name__, str(exc))
