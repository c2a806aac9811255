"""Make what a package exports look as the reference's objects do.

The code lives in private modules (``mock_core._mock``); users, their
tools and their tests see the public one (``mock_core``), as with
``unittest.mock`` whose objects all report ``unittest.mock``.  pytest-mock,
for one, checks that a mock's method reports the module of the mock's
class.  So, for each exported class or function defined in the package,
and each class of the package in an exported class's MRO:

* ``__module__`` becomes the package's name, for it and for the functions
  in its body (properties and class/static methods included) and, for a
  function, the functions and classes it carries (``patch.object``);
* a function written in a helper module and taken into a class body gets
  the class's ``__qualname__`` prefix, as if written there;
* annotations are dropped at run time, so that ``inspect.signature`` shows
  the reference's plain signatures (type checkers read the source).

Each package calls :func:`publish` once, from its ``__init__``.
"""

from __future__ import annotations

from types import FunctionType

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

__all__ = ["publish"]


def publish(package: str, objects: Iterable[Any]) -> None:
    """Give ``objects`` defined in ``package`` (and their methods) the public look."""
    private = package + "."
    for obj in objects:
        if isinstance(obj, type):
            for klass in obj.__mro__:
                if klass.__module__.startswith(private) or klass is obj:
                    _publish_class(klass, package, private)
        elif isinstance(obj, FunctionType):
            _publish_function(obj, package, private, None)


def _ours(obj: Any, package: str, private: str) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module == package or module.startswith(private)


def _publish_class(cls: type, package: str, private: str) -> None:
    if not _ours(cls, package, private):
        return
    if cls.__module__ != package:
        cls.__module__ = package
    for member in list(vars(cls).values()):
        for func in _functions(member):
            _publish_function(func, package, private, cls)


def _publish_function(func: FunctionType, package: str, private: str, owner: Any) -> None:
    if not _ours(func, package, private):
        return
    func.__module__ = package
    if owner is not None and "." not in func.__qualname__:
        func.__qualname__ = f"{owner.__qualname__}.{func.__name__}"
    # Assigned, not read: reading would evaluate them from 3.14.
    func.__annotations__ = {}
    if owner is None:
        for member in list(vars(func).values()):
            if isinstance(member, FunctionType):
                _publish_function(member, package, private, None)
            elif isinstance(member, type):
                _publish_class(member, package, private)


def _functions(member: Any) -> Iterable[FunctionType]:
    """The functions a class member runs."""
    if isinstance(member, FunctionType):
        return (member,)
    if isinstance(member, (staticmethod, classmethod)):
        return _functions(member.__func__)
    if isinstance(member, property):
        return [f for f in (member.fget, member.fset, member.fdel) if isinstance(f, FunctionType)]
    return ()
