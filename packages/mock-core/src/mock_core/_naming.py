"""How a mock shows itself: its dotted name, its repr and its dir()."""

from __future__ import annotations

import sys

from . import _classes
from ._base import _deleted
from ._magic import _is_magic

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = ["__dir__", "__repr__", "_extract_mock_name"]


def _extract_mock_name(self: Any) -> str:
    names = [self._mock_new_name]
    parent = self._mock_new_parent
    last = self
    dot = "" if names == ["()"] else "."
    while parent is not None:
        last = parent
        new_name = parent._mock_new_name
        names.append(new_name + dot)
        dot = "" if new_name == "()" else "."
        parent = parent._mock_new_parent
    names.reverse()
    first = last._mock_name or "mock"
    if len(names) > 1 and names[1] not in ("()", "()."):
        first += "."
    names[0] = first
    return "".join(names)


def __repr__(self: Any) -> str:
    name = self._extract_mock_name()
    name_string = ""
    if name not in ("mock", "mock."):
        name_string = f" name={name!r}"
    spec_string = ""
    spec_class = self._spec_class
    if spec_class is not None:
        label = "spec_set" if self._spec_set else "spec"
        spec_string = f" {label}={spec_class.__name__!r}"
    return f"<{type(self).__name__}{name_string}{spec_string} id='{id(self)}'>"


def __dir__(self: Any) -> list[str]:
    """The names worth showing: spec names, set attributes, children (see FILTER_DIR)."""
    if not _filter_dir():
        return list(object.__dir__(self))
    extras = self._mock_methods or []
    from_type = _public_dir(type(self))
    from_dict = [
        e for e in self.__dict__ if (not e.startswith("_") or _is_magic(e)) and e != "__signature__"
    ]
    from_children = [key for key, value in self._mock_children.items() if value is not _deleted]
    return sorted(set(list(extras) + from_type + from_dict + from_children))


_public_dir_cache: dict[Any, list[str]] = {}
_FILTER_DIR_HOMES = ("mock_core._base", "mock_core", "mock", "mock.mock")


def _filter_dir() -> bool:
    # FILTER_DIR may be switched off wherever users reach it from.
    for home in _FILTER_DIR_HOMES:
        module = sys.modules.get(home)
        if module is not None and not getattr(module, "FILTER_DIR", True):
            return False
    return True


def _public_dir(cls: Any) -> list[str]:
    """The public names of ``dir(cls)``, for a mock's own class ``cls``."""
    names = [name for name in cls.__dict__ if not name.startswith("_")]
    for base in cls.__bases__:
        found = _public_dir_cache.get(base)
        if found is None:
            found = [name for name in dir(base) if not name.startswith("_")]
            if base in _classes.library:
                # Only the package's own classes are known not to change.
                _public_dir_cache[base] = found
        names.extend(found)
    return names
