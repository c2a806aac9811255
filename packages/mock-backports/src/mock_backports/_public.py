"""Make what a package exports report the package as its module.

The code lives in private modules (``mock_core._mock``); users, their
tools and their tests see the public one (``mock_core``), as with
``unittest.mock`` whose objects all report ``unittest.mock``.  pytest-mock,
for one, checks that a mock's method reports the module of the mock's
class.  Each package calls :func:`publish` once, from its ``__init__``.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import FunctionType
from typing import Any

__all__ = ["publish"]


def publish(package: str, objects: Iterable[Any]) -> None:
    """Let ``objects`` (those of them defined in ``package``), and their methods, report it."""
    private = package + "."
    for obj in objects:
        if isinstance(obj, (type, FunctionType)) and obj.__module__.startswith(private):
            _rename(obj, package, private)


def _rename(obj: Any, package: str, private: str) -> None:
    obj.__module__ = package
    for member in list(vars(obj).values()):
        if isinstance(obj, FunctionType):
            # patch.object, patch.dict ...: what a function carries as attributes.
            if isinstance(member, (type, FunctionType)) and member.__module__.startswith(private):
                _rename(member, package, private)
            continue
        for func in _functions(member):
            if func.__module__.startswith(private):
                func.__module__ = package


def _functions(member: Any) -> Iterable[FunctionType]:
    """The functions a class member or function attribute runs."""
    if isinstance(member, FunctionType):
        return (member,)
    if isinstance(member, (staticmethod, classmethod)):
        return _functions(member.__func__)
    if isinstance(member, property):
        return [f for f in (member.fget, member.fset, member.fdel) if isinstance(f, FunctionType)]
    return ()
