"""Every import of another mock distribution made by mock_async stands here.

A vendoring tool rewrites only this file; the rest of the package reaches
these names through relative imports of this module.
"""

from __future__ import annotations

from mock_backports import iscoroutinefunction
from mock_backports._public import publish
from mock_core import DEFAULT, MagicMixin, MagicMock, Mock, NonCallableMock
from mock_core._internals import (
    AWAIT_BASE,
    AWAIT_TICKS,
    Base,
    _all_sync_magics,
    _AnyComparer,
    _async_method_magics,
    _bump,
    _Call,
    _callable,
    _CallList,
    _deleted,
    _errors,
    _is_exception,
    _is_instance_mock,
    _lock,
    _setup_func,
    _unmatched_calls,
    async_support,
    register_mock_class,
    signature_of,
    tally_property,
)

__all__ = [
    "AWAIT_BASE",
    "AWAIT_TICKS",
    "DEFAULT",
    "Base",
    "MagicMixin",
    "MagicMock",
    "Mock",
    "NonCallableMock",
    "_AnyComparer",
    "_Call",
    "_CallList",
    "_all_sync_magics",
    "_async_method_magics",
    "_bump",
    "_callable",
    "_deleted",
    "_errors",
    "_is_exception",
    "_is_instance_mock",
    "_lock",
    "_setup_func",
    "_unmatched_calls",
    "async_support",
    "iscoroutinefunction",
    "publish",
    "register_mock_class",
    "signature_of",
    "tally_property",
]
