"""The ``patch`` callable and the helpers it carries as attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Literal, Protocol, TypeVar, cast, overload

from ._dict import _patch_dict
from ._patcher import _patch_function, _patch_multiple, _patch_object, _patch_stopall
from ._prefix import set_prefix_holder

if TYPE_CHECKING:
    from typing_extensions import TypeAlias

    from ._deps import AsyncMock, MagicMock
    from ._patcher import _patch, _patch_pass_arg

    # A spec / spec_set / autospec left off: ``new`` is used as it is.
    _Off: TypeAlias = "Literal[False] | None"
    # What patch makes when given neither ``new`` nor ``new_callable``.
    _Made: TypeAlias = "MagicMock | AsyncMock"

__all__ = ["patch"]

_T = TypeVar("_T")


class _Patcher(Protocol):
    """``patch`` is a function carrying ``object``, ``dict`` and friends.

    The overloads give what typeshed gives: with ``new`` the patcher's type
    is ``new``'s; with ``new_callable`` it is what that returns; otherwise a
    MagicMock or an AsyncMock (and a decorated function gets it as an extra
    argument, so its signature is not kept).
    """

    TEST_PREFIX: str
    dict: type[_patch_dict]

    @overload
    def __call__(  # type: ignore[overload-overlap]  # new=DEFAULT: as typeshed, _patch[Any]
        self,
        target: str,
        new: _T,
        spec: _Off = None,
        create: bool = False,
        spec_set: _Off = None,
        autospec: _Off = None,
        new_callable: None = None,
        *,
        unsafe: bool = False,
    ) -> _patch[_T]: ...
    @overload
    def __call__(
        self,
        target: str,
        *,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: _Off = None,
        new_callable: Callable[..., _T],
        unsafe: bool = False,
        **kwargs: Any,
    ) -> _patch_pass_arg[_T]: ...
    @overload
    def __call__(
        self,
        target: str,
        *,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: Any = None,
        new_callable: None = None,
        unsafe: bool = False,
        **kwargs: Any,
    ) -> _patch_pass_arg[_Made]: ...

    @overload
    @staticmethod
    def object(
        target: Any,
        attribute: str,
        new: _T,
        spec: _Off = None,
        create: bool = False,
        spec_set: _Off = None,
        autospec: _Off = None,
        new_callable: None = None,
        *,
        unsafe: bool = False,
    ) -> _patch[_T]: ...
    @overload
    @staticmethod
    def object(
        target: Any,
        attribute: str,
        *,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: _Off = None,
        new_callable: Callable[..., _T],
        unsafe: bool = False,
        **kwargs: Any,
    ) -> _patch_pass_arg[_T]: ...
    @overload
    @staticmethod
    def object(
        target: Any,
        attribute: str,
        *,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: Any = None,
        new_callable: None = None,
        unsafe: bool = False,
        **kwargs: Any,
    ) -> _patch_pass_arg[_Made]: ...

    @overload
    @staticmethod
    def multiple(
        target: Any,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: _Off = None,
        *,
        new_callable: Callable[..., _T],
        **kwargs: Any,
    ) -> _patch_pass_arg[_T]: ...
    @overload
    @staticmethod
    def multiple(
        target: Any,
        spec: Any,
        create: bool,
        spec_set: Any,
        autospec: _Off,
        new_callable: Callable[..., _T],
        **kwargs: Any,
    ) -> _patch_pass_arg[_T]: ...
    @overload
    @staticmethod
    def multiple(
        target: Any,
        spec: Any = None,
        create: bool = False,
        spec_set: Any = None,
        autospec: Any = None,
        new_callable: None = None,
        **kwargs: Any,
    ) -> _patch[Any]: ...

    @staticmethod
    def stopall() -> None:
        """Stop every patch started with ``start``."""


_patch_function.__name__ = "patch"
_patch_function.__qualname__ = "patch"
vars(_patch_function).update(
    object=_patch_object,
    dict=_patch_dict,
    multiple=_patch_multiple,
    stopall=_patch_stopall,
    TEST_PREFIX="test",
)
set_prefix_holder(_patch_function)
patch: _Patcher = cast("_Patcher", _patch_function)
