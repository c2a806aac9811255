"""AsyncMock and the async protocols (``async with``, ``async for``) for mock."""

from __future__ import annotations

from ._awaiting import AsyncMockMixin
from ._iter import _AsyncIterator
from ._mock import AsyncMagicMixin, AsyncMock

__all__ = ["AsyncMagicMixin", "AsyncMock", "AsyncMockMixin"]

_ = _AsyncIterator  # importable from here, as from mock.mock
