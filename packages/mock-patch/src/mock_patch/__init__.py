"""patch, patch.object, patch.dict, patch.multiple and patch.stopall."""

from __future__ import annotations

from ._api import patch
from ._deps import publish

__all__ = ["patch"]

publish(__name__, [globals()[name] for name in __all__])
