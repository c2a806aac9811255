"""Shared helpers: run one scenario against unittest.mock and against ours."""

from __future__ import annotations

import unittest.mock as stdlib
from types import SimpleNamespace
from typing import Any

import mock_core
from mock_async import AsyncMock
from mock_patch import patch
from support.reference_facts import stdlib_matches

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

# From 3.13 the stdlib's patch has the reference's behaviour for what these tests
# compare, where a test gates on no more specific fact of reference_facts.
STDLIB_IS_REFERENCE = stdlib_matches("patch_fixes_of_mock_5_2")


def outcome(func: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """Return ("ok", result) or (exception type name, message)."""
    try:
        return ("ok", func(*args, **kwargs))
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return (type(exc).__name__, str(exc))
