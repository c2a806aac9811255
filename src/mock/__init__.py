"""mock: a drop-in replacement for ``unittest.mock`` and the ``mock`` package."""

from __future__ import annotations

import sys

from . import backports, mock
from ._version import __version__
from .mock import *  # noqa: F403  -- the reference re-exports this way too
from .mock import __all__ as _mock_all

IS_PYPY = "PyPy" in sys.version

version_info: tuple[int, ...] = tuple(int(part) for part in __version__.split(".")[:3])

__all__ = ("__version__", "version_info", *_mock_all)
del _mock_all

_: tuple[object, ...] = (backports, mock)
