"""Every import of another mock distribution made by mock_patch stands here.

A vendoring tool rewrites only this file; the rest of the package reaches
these names through relative imports of this module.
"""

from __future__ import annotations

from mock_async import AsyncMock
from mock_backports import iscoroutinefunction
from mock_backports._public import publish
from mock_core import (
    DEFAULT,
    InvalidSpecError,
    MagicMock,
    NonCallableMagicMock,
    NonCallableMock,
    create_autospec,
)
from mock_core._internals import (
    _check_spec_arg_typos,
    _instance_callable,
    _is_async_obj,
    _is_instance_mock,
    _is_list,
)

__all__ = [
    "DEFAULT",
    "AsyncMock",
    "InvalidSpecError",
    "MagicMock",
    "NonCallableMagicMock",
    "NonCallableMock",
    "_check_spec_arg_typos",
    "_instance_callable",
    "_is_async_obj",
    "_is_instance_mock",
    "_is_list",
    "create_autospec",
    "iscoroutinefunction",
    "publish",
]
