"""What mock-async and mock-patch may use of mock-core beyond its public names.

The sibling distributions import from ``mock_core`` and from this module
only (a test enforces it), so that the core's modules can change shape
without breaking them.  Each name says why a sibling needs it.
"""

from __future__ import annotations

from ._assertions import _AnyComparer, _errors, _unmatched_calls
from ._autospec import _check_spec_arg_typos, _instance_callable, _setup_func
from ._base import Base, _Call, _CallList, _deleted
from ._classes import register as register_mock_class
from ._deps import async_support
from ._magic import _all_sync_magics, _async_method_magics
from ._mock import _is_async_obj, _is_instance_mock
from ._predicates import _callable, _is_async_func, _is_exception, _is_list, _try_iter
from ._recorder import _lock
from ._spec import FunctionTypes, signature_of
from ._tally import AWAIT_BASE, AWAIT_TICKS, tally_property
from ._tally import bump as _bump

__all__ = [
    # the await records: a tally and call lists, as the call records
    "AWAIT_BASE",
    "AWAIT_TICKS",
    "Base",
    "FunctionTypes",
    "_AnyComparer",
    "_Call",
    "_CallList",
    # await assertions match calls as the call assertions do
    "_all_sync_magics",
    "_async_method_magics",
    "_bump",
    "_callable",
    "_check_spec_arg_typos",
    "_deleted",
    "_errors",
    "_instance_callable",
    "_is_async_func",
    "_is_async_obj",
    "_is_exception",
    "_is_instance_mock",
    "_is_list",
    "_lock",
    "_setup_func",
    "_try_iter",
    "_unmatched_calls",
    "async_support",
    "register_mock_class",
    "signature_of",
    "tally_property",
]
