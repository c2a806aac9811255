"""The ``mock.mock`` module of mock 5.2.0: every name, public and private.

Code written for mock 5.2.0 imports private helpers from here, so each
section below gathers one member distribution's names.
"""

# --- mock-core -------------------------------------------------------------
from mock_core import ANY as ANY
from mock_core import DEFAULT as DEFAULT
from mock_core import FILTER_DIR as FILTER_DIR
from mock_core import CallableMixin as CallableMixin
from mock_core import InvalidSpecError as InvalidSpecError
from mock_core import MagicMixin as MagicMixin
from mock_core import MagicMock as MagicMock
from mock_core import Mock as Mock
from mock_core import NonCallableMagicMock as NonCallableMagicMock
from mock_core import NonCallableMock as NonCallableMock
from mock_core import PropertyMock as PropertyMock
from mock_core import ThreadingMock as ThreadingMock
from mock_core import call as call
from mock_core import create_autospec as create_autospec
from mock_core import mock_open as mock_open
from mock_core import seal as seal
from mock_core import sentinel as sentinel
from mock_core._autospec import _check_signature as _check_signature
from mock_core._autospec import _check_spec_arg_typos as _check_spec_arg_typos
from mock_core._autospec import _copy_func_details as _copy_func_details
from mock_core._autospec import _instance_callable as _instance_callable
from mock_core._autospec import _must_skip as _must_skip
from mock_core._autospec import _set_signature as _set_signature
from mock_core._autospec import _setup_func as _setup_func
from mock_core._autospec import _SpecState as _SpecState
from mock_core._base import _ANY as _ANY
from mock_core._base import Base as Base
from mock_core._base import _Call as _Call
from mock_core._base import _CallList as _CallList
from mock_core._base import _deleted as _deleted
from mock_core._base import _format_call_signature as _format_call_signature
from mock_core._base import _missing as _missing
from mock_core._base import _Sentinel as _Sentinel
from mock_core._base import _SentinelObject as _SentinelObject
from mock_core._extras import ThreadingMixin as ThreadingMixin
from mock_core._magic import _all_magics as _all_magics
from mock_core._magic import _all_sync_magics as _all_sync_magics
from mock_core._magic import _async_magics as _async_magics
from mock_core._magic import _async_method_magics as _async_method_magics
from mock_core._magic import _calculate_return_value as _calculate_return_value
from mock_core._magic import _is_magic as _is_magic
from mock_core._magic import _magics as _magics
from mock_core._magic import _non_defaults as _non_defaults
from mock_core._magic import _return_values as _return_values
from mock_core._magic import _side_effect_methods as _side_effect_methods
from mock_core._magic import _sync_async_magics as _sync_async_magics
from mock_core._magic import _unsupported_magics as _unsupported_magics
from mock_core._mock import _check_and_set_parent as _check_and_set_parent
from mock_core._mock import _is_async_obj as _is_async_obj
from mock_core._mock import _is_instance_mock as _is_instance_mock
from mock_core._predicates import _callable as _callable
from mock_core._predicates import _extract_mock as _extract_mock
from mock_core._predicates import _is_async_func as _is_async_func
from mock_core._predicates import _is_exception as _is_exception
from mock_core._predicates import _is_list as _is_list
from mock_core._predicates import _MockIter as _MockIter
from mock_core._predicates import _try_iter as _try_iter
from mock_core._spec import FunctionTypes as FunctionTypes

# isort: split
# --- mock-async ------------------------------------------------------------
from mock_async import AsyncMagicMixin as AsyncMagicMixin
from mock_async import AsyncMock as AsyncMock
from mock_async import AsyncMockMixin as AsyncMockMixin
from mock_async._iter import _AsyncIterator as _AsyncIterator

# isort: split
# --- mock-patch ------------------------------------------------------------
from mock_patch import patch as patch
from mock_patch._dict import _clear_dict as _clear_dict
from mock_patch._dict import _patch_dict as _patch_dict
from mock_patch._patcher import _patch as _patch
from mock_patch._patcher import _patch_multiple as _patch_multiple
from mock_patch._patcher import _patch_object as _patch_object
from mock_patch._patcher import _patch_stopall as _patch_stopall
from mock_patch._target import _dot_lookup as _dot_lookup
from mock_patch._target import _get_target as _get_target
from mock_patch._target import _importer as _importer

# The public names of unittest.mock (Python 3.13) in its own order, not sorted:
# the tuple is observable, and equals unittest.mock.__all__ of 3.13 and later.
__all__ = (  # noqa: RUF022
    "Mock",
    "MagicMock",
    "patch",
    "sentinel",
    "DEFAULT",
    "ANY",
    "call",
    "create_autospec",
    "AsyncMock",
    "ThreadingMock",
    "FILTER_DIR",
    "NonCallableMock",
    "NonCallableMagicMock",
    "mock_open",
    "PropertyMock",
    "seal",
)
