"""``patch.dict``: set keys of a dictionary for a while, then restore it."""

from __future__ import annotations

import functools
from typing import Any, Callable, Literal

from ._deps import iscoroutinefunction
from ._patcher import _patch, _unlist
from ._prefix import prefixed_methods
from ._target import _importer

__all__ = ["_clear_dict", "_patch_dict"]


def _clear_dict(in_dict: Any) -> None:
    """Empty a dict, or a mapping-like object without ``clear``."""
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _snapshot(in_dict: Any) -> Any:
    """A copy of ``in_dict``; mapping-like objects without ``copy`` are read key by key."""
    try:
        return in_dict.copy()
    except AttributeError:
        return {key: in_dict[key] for key in in_dict}


def _update_dict(in_dict: Any, values: Any) -> None:
    try:
        in_dict.update(values)
    except AttributeError:
        # Mapping-like objects need only item access and key iteration.
        for key in values:
            in_dict[key] = values[key]


class _patch_dict:
    """Patch a dict (or mapping-like object, or the dotted name of one).

    On exit the dict is restored to a copy of its content at entry, whatever
    the body did to it.
    """

    def __init__(self, in_dict: Any, values: Any = (), clear: bool = False, **kwargs: Any) -> None:
        self.in_dict: Any = in_dict
        self.values: dict[Any, Any] = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original: Any = None

    def __call__(self, f: Any) -> Any:
        if isinstance(f, type):
            return self.decorate_class(f)
        if iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f: Callable[..., Any]) -> Callable[..., Any]:
        """Patch the dict around each call of ``f``."""

        def patched_dict_call(*args: Any, **kw: Any) -> Any:
            self._patch_dict()
            try:
                result = f(*args, **kw)
            finally:
                self._unpatch_dict()
            return result

        return functools.wraps(f)(patched_dict_call)

    def decorate_async_callable(self, f: Callable[..., Any]) -> Callable[..., Any]:
        """Patch the dict while each coroutine of ``f`` runs."""

        async def patched_dict_run(*args: Any, **kw: Any) -> Any:
            self._patch_dict()
            try:
                result = await f(*args, **kw)
            finally:
                self._unpatch_dict()
            return result

        return functools.wraps(f)(patched_dict_run)

    def decorate_class(self, klass: type) -> type:
        """Patch the dict around every method named with patch.TEST_PREFIX."""
        for name, method in prefixed_methods(klass, read_all=True):
            # A patcher of its own for each method, as copy() gives patch's.
            own = _patch_dict(self.in_dict, self.values, self.clear)
            setattr(klass, name, own(method))
        return klass

    def __enter__(self) -> Any:
        """Patch the dict and return it."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self) -> None:
        if isinstance(self.in_dict, str):
            # Resolved once, at first use: later runs patch the same object.
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        self._original = _snapshot(in_dict)
        if self.clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, self.values)

    def _unpatch_dict(self) -> None:
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        _update_dict(in_dict, original)

    def __exit__(self, *args: Any) -> Literal[False]:
        """Restore the dict to its content at entry."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self) -> Any:
        """Patch the dict until ``stop`` or ``patch.stopall``."""
        in_dict = self.__enter__()
        _patch._active_patches.append(self)
        return in_dict

    def stop(self) -> Any:
        """Restore the dict; does nothing if the patch is not started."""
        if _unlist(_patch._active_patches, self):
            return self.__exit__(None, None, None)
        return None
