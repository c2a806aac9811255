"""Turning dotted names such as ``"package.module.Class"`` into objects.

The rules are those of ``pkgutil.resolve_name``, which the reference uses:
``"a.b.C.attr"`` imports ``a``, then ``a.b``, ``a.b.C`` ... for as long as
each import succeeds, and the rest are attributes; ``"a.b:C.attr"`` imports
``a.b`` only.  A module comes from the import system (``sys.modules``), not
from its parent's attribute, which an import in the package may have rebound.
The lookup runs each time a patch starts (targets are resolved lazily, as in
the reference), so its parsing is done once per name and cached.
"""

from __future__ import annotations

import re
import sys
from importlib import import_module
from typing import Any, Callable

__all__ = ["_dot_lookup", "_get_target", "_importer", "_resolver"]

_WORDS = r"(?!\d)\w+(?:\.(?!\d)\w+)*"
_NAME = re.compile(rf"^(?P<modules>{_WORDS})(?P<colon>:(?P<attributes>{_WORDS})?)?$")


def _dot_lookup(thing: Any, comp: str, import_path: str) -> Any:
    """Return ``thing.comp``, importing ``import_path`` if it is not there yet."""
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _import(name: str) -> Any:
    """``import_module(name)``, without its cost for a module already imported."""
    found = sys.modules.get(name)
    if found is None or getattr(getattr(found, "__spec__", None), "_initializing", False):
        # Not imported yet, or still being imported (by another thread, which
        # the import system waits for).
        return import_module(name)
    return found


def _import_submodule(parent: Any, name: str) -> Any:
    """``import_module(name)`` for ``name`` in package ``parent``; None if that fails."""
    if name not in sys.modules and not hasattr(parent, "__path__"):
        # Not a package: the import system would refuse without looking further.
        return None
    try:
        return _import(name)
    except ImportError:
        return None


class _Resolver:
    """Callable returning the object a dotted name designates, now."""

    __slots__ = ("_attributes", "_error", "_head", "_steps", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._error: str | None = None
        self._head = ""
        self._steps: tuple[tuple[str, str], ...] = ()
        self._attributes: tuple[str, ...] = ()
        found = _NAME.match(name) if isinstance(name, str) else None
        if found is None:
            self._error = f"invalid format: {name!r}"
            return
        if found["colon"]:
            # One import: what is left of the colon is the module.
            self._head = found["modules"]
            attributes = found["attributes"]
            self._attributes = tuple(attributes.split(".")) if attributes else ()
            return
        parts = name.split(".")
        steps = []
        prefix = self._head = parts[0]
        for part in parts[1:]:
            prefix = f"{prefix}.{part}"
            steps.append((part, prefix))
        self._steps = tuple(steps)

    def __call__(self) -> Any:
        if self._error is not None:
            raise ValueError(self._error)
        thing = _import(self._head)
        steps = self._steps
        for index, (_, module_name) in enumerate(steps):
            module = _import_submodule(thing, module_name)
            if module is None:
                for attribute, _ in steps[index:]:
                    thing = getattr(thing, attribute)
                return thing
            thing = module
        for attribute in self._attributes:
            thing = getattr(thing, attribute)
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
