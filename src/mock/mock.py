"""The ``mock.mock`` module of mock 5.2.0: every name, public and private.

Code written for mock 5.2.0 imports private helpers from here, so each
section below gathers one member distribution's names.
"""

# --- mock-core -------------------------------------------------------------
# (filled by mock-core)

# --- mock-async ------------------------------------------------------------
# (filled by mock-async)

# --- mock-patch ------------------------------------------------------------
from mock_patch import patch as patch
from mock_patch._dict import _clear_dict as _clear_dict
from mock_patch._dict import _patch_dict as _patch_dict
from mock_patch._patcher import _check_spec_arg_typos as _check_spec_arg_typos
from mock_patch._patcher import _patch as _patch
from mock_patch._patcher import _patch_multiple as _patch_multiple
from mock_patch._patcher import _patch_object as _patch_object
from mock_patch._patcher import _patch_stopall as _patch_stopall
from mock_patch._target import _dot_lookup as _dot_lookup
from mock_patch._target import _get_target as _get_target
from mock_patch._target import _importer as _importer

__all__ = (
    # the public names of unittest.mock (Python 3.13), sorted
)
