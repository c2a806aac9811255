"""AsyncMock and the async protocols (``async with``, ``async for``) for mock."""

from __future__ import annotations

from ._awaiting import AsyncMockMixin
from ._mock import AsyncMagicMixin, AsyncMock

__all__ = ["AsyncMagicMixin", "AsyncMock", "AsyncMockMixin"]
