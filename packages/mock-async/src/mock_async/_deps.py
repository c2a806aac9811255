"""Every import of another mock distribution made by mock_async stands here.

A vendoring tool rewrites only this file; the rest of the package reaches
these names through relative imports of this module.
"""

from __future__ import annotations

from mock_backports import iscoroutinefunction
from mock_core import DEFAULT, MagicMock, NonCallableMock
from mock_core._base import _Call, _CallList
from mock_core._classes import register as register_mock_class
from mock_core._deps import async_support
from mock_core._mock import (
    _AnyComparer,
    _callable,
    _errors,
    _get_signature_object,
    _is_exception,
    _is_instance_mock,
    _lock,
    _setup_func,
    _unmatched_calls,
)
from mock_core._tally import bump as _bump
from mock_core._tally import tally_property

__all__ = [
    "DEFAULT",
    "MagicMock",
    "NonCallableMock",
    "_AnyComparer",
    "_Call",
    "_CallList",
    "_bump",
    "_callable",
    "_errors",
    "_get_signature_object",
    "_is_exception",
    "_is_instance_mock",
    "_lock",
    "_setup_func",
    "_unmatched_calls",
    "async_support",
    "iscoroutinefunction",
    "register_mock_class",
    "tally_property",
]
