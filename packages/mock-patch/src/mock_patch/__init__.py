"""patch, patch.object, patch.dict, patch.multiple and patch.stopall."""

from __future__ import annotations

from ._api import patch

__all__ = ["patch"]
