"""Turning dotted names such as ``"package.module.Class"`` into objects.

The lookup runs each time a patch starts (targets are resolved lazily, as
in the reference), so its parsing is done once per name and cached.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any, Callable

__all__ = ["_dot_lookup", "_get_target", "_importer", "_resolver"]

# When nobody has replaced ``__import__``, a module already in sys.modules
# is exactly what ``__import__(name)`` would return, without its overhead.
_ORIGINAL_IMPORT = builtins.__import__


def _dot_lookup(thing: Any, comp: str, import_path: str) -> Any:
    """Return ``thing.comp``, importing ``import_path`` if it is not there yet."""
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


class _Resolver:
    """Callable returning the object a dotted name designates, now."""

    __slots__ = ("_head", "_steps", "name")

    def __init__(self, name: str) -> None:
        parts = name.split(".")
        steps = []
        prefix = parts[0]
        for part in parts[1:]:
            prefix = f"{prefix}.{part}"
            steps.append((part, prefix))
        self.name = name
        self._head = parts[0]
        self._steps = tuple(steps)

    def __call__(self) -> Any:
        head = self._head
        thing = None
        if builtins.__import__ is _ORIGINAL_IMPORT:
            thing = sys.modules.get(head)
        if thing is None:
            thing = __import__(head)
        for comp, import_path in self._steps:
            try:
                thing = getattr(thing, comp)
            except AttributeError:
                __import__(import_path)
                thing = getattr(thing, comp)
        return thing

    def __repr__(self) -> str:
        return f"<resolver of {self.name!r}>"


_RESOLVERS: dict[str, _Resolver] = {}


def _resolver(name: str) -> _Resolver:
    """Return the (shared) resolver of a dotted name."""
    found = _RESOLVERS.get(name)
    if found is None:
        if len(_RESOLVERS) >= 4096:  # keep memory bounded for generated names
            _RESOLVERS.clear()
        found = _RESOLVERS[name] = _Resolver(name)
    return found


def _importer(target: str) -> Any:
    """Import and return the object named by the dotted path ``target``."""
    return _resolver(target)()


def _get_target(target: Any) -> tuple[Callable[[], Any], str]:
    """Split ``"a.b.attr"`` into a getter of ``a.b`` and ``"attr"``."""
    try:
        owner, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}") from None
    return _resolver(owner), attribute
