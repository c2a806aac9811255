"""``set_event_loop_policy`` as mock 5.2.0's backports module offers it."""

from __future__ import annotations

import asyncio
import warnings

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


def set_event_loop_policy(policy: Any) -> None:
    """Set asyncio's event loop policy without a deprecation warning."""
    private = getattr(asyncio, "_set_event_loop_policy", None)
    if private is not None:
        private(policy)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        asyncio.set_event_loop_policy(policy)
