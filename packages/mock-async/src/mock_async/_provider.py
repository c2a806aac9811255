"""What mock_core loads (lazily, by name) when it first needs an async feature.

The contract is described in docs/architecture.md ("The async seam").
"""

from __future__ import annotations

from ._autospec import autospec_async_function
from ._awaiting import AsyncMock, AsyncMockMixin
from ._iter import _AsyncIterator, async_iterator

__all__ = [
    "AsyncMock",
    "AsyncMockMixin",
    "_AsyncIterator",
    "async_iterator",
    "autospec_async_function",
]
