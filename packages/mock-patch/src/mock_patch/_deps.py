"""Every import of another mock distribution made by mock_patch stands here.

A vendoring tool rewrites only this file; the rest of the package reaches
these names through relative imports of this module.
Each name is imported as itself (``X as X``), which type checkers take as
a re-export, so no ``__all__`` repeats the list.
"""

from __future__ import annotations

from mock_async import AsyncMock as AsyncMock
from mock_backports import iscoroutinefunction as iscoroutinefunction
from mock_backports._public import publish as publish
from mock_core import DEFAULT as DEFAULT
from mock_core import InvalidSpecError as InvalidSpecError
from mock_core import MagicMock as MagicMock
from mock_core import NonCallableMagicMock as NonCallableMagicMock
from mock_core import NonCallableMock as NonCallableMock
from mock_core import create_autospec as create_autospec
from mock_core._internals import _check_spec_arg_typos as _check_spec_arg_typos
from mock_core._internals import _instance_callable as _instance_callable
from mock_core._internals import _is_async_obj as _is_async_obj
from mock_core._internals import _is_instance_mock as _is_instance_mock
from mock_core._internals import _is_list as _is_list
