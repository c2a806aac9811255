"""Every import of another mock distribution made by mock_async stands here.

A vendoring tool rewrites only this file; the rest of the package reaches
these names through relative imports of this module.
Each name is imported as itself (``X as X``), which type checkers take as
a re-export, so no ``__all__`` repeats the list.
"""

from __future__ import annotations

from mock_backports import iscoroutinefunction as iscoroutinefunction
from mock_backports._public import publish as publish
from mock_core import DEFAULT as DEFAULT
from mock_core import MagicMixin as MagicMixin
from mock_core import MagicMock as MagicMock
from mock_core import Mock as Mock
from mock_core import NonCallableMock as NonCallableMock
from mock_core._internals import AWAIT_BASE as AWAIT_BASE
from mock_core._internals import AWAIT_TICKS as AWAIT_TICKS
from mock_core._internals import Base as Base
from mock_core._internals import _all_sync_magics as _all_sync_magics
from mock_core._internals import _AnyComparer as _AnyComparer
from mock_core._internals import _async_method_magics as _async_method_magics
from mock_core._internals import _bump as _bump
from mock_core._internals import _Call as _Call
from mock_core._internals import _callable as _callable
from mock_core._internals import _CallList as _CallList
from mock_core._internals import _deleted as _deleted
from mock_core._internals import _errors as _errors
from mock_core._internals import _is_exception as _is_exception
from mock_core._internals import _is_instance_mock as _is_instance_mock
from mock_core._internals import _lock as _lock
from mock_core._internals import _setup_func as _setup_func
from mock_core._internals import _unmatched_calls as _unmatched_calls
from mock_core._internals import async_support as async_support
from mock_core._internals import register_mock_class as register_mock_class
from mock_core._internals import signature_of as signature_of
from mock_core._internals import tally_property as tally_property
