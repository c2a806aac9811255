"""AsyncMock and the async protocols (``async with``, ``async for``) for mock."""

from __future__ import annotations

from ._awaiting import AsyncMagicMixin, AsyncMock, AsyncMockMixin
from ._deps import publish

__all__ = ["AsyncMagicMixin", "AsyncMock", "AsyncMockMixin"]

publish(__name__, [globals()[name] for name in __all__])
