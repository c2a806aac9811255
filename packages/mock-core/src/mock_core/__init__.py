"""mock-core: Mock, MagicMock, call tracking, specs and autospec."""

from __future__ import annotations

from ._autospec import create_autospec
from ._base import ANY, DEFAULT, FILTER_DIR, InvalidSpecError, call, sentinel
from ._deps import publish
from ._extras import ThreadingMock, mock_open, seal
from ._magicmock import MagicMixin, MagicMock, NonCallableMagicMock, PropertyMock
from ._mock import Mock, NonCallableMock
from ._recorder import CallableMixin

__all__ = [
    "ANY",
    "DEFAULT",
    "FILTER_DIR",
    "CallableMixin",
    "InvalidSpecError",
    "MagicMixin",
    "MagicMock",
    "Mock",
    "NonCallableMagicMock",
    "NonCallableMock",
    "PropertyMock",
    "ThreadingMock",
    "call",
    "create_autospec",
    "mock_open",
    "seal",
    "sentinel",
]

publish(__name__, [globals()[name] for name in __all__])
