"""The ``patch`` callable and the helpers it carries as attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol, cast

from ._dict import _patch_dict
from ._patcher import _patch_function, _patch_multiple, _patch_object, _patch_stopall

if TYPE_CHECKING:
    from ._patcher import _patch

__all__ = ["patch"]


class _PatchFunction(Protocol):
    """``patch`` is a function carrying ``object``, ``dict`` and friends."""

    object: Callable[..., _patch]
    dict: type[_patch_dict]
    multiple: Callable[..., _patch]
    stopall: Callable[[], None]
    TEST_PREFIX: str

    def __call__(
        self,
        target: Any,
        new: Any = ...,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: Any = None,
        new_callable: Any = None,
        *,
        unsafe: bool = False,
        **kwargs: Any,
    ) -> _patch: ...


_patch_function.__name__ = "patch"
_patch_function.__qualname__ = "patch"
_patch_function.__module__ = "mock_patch"
patch = cast(_PatchFunction, _patch_function)
patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
