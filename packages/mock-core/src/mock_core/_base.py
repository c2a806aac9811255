"""Sentinels, ``ANY``, call records and small helpers shared by the core."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Callable, ClassVar

__all__ = [
    "ANY",
    "DEFAULT",
    "FILTER_DIR",
    "InvalidSpecError",
    "_Call",
    "_CallList",
    "_SentinelObject",
    "_format_call_signature",
    "_signature",
    "call",
    "safe_repr",
    "sentinel",
]


class InvalidSpecError(Exception):
    """Raised when a spec cannot be used (for example, it is itself a mock)."""


FILTER_DIR = True


class _SentinelObject:
    """One named, unique sentinel."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"sentinel.{self.name}"

    def __reduce__(self) -> str:
        # A string tells pickle and copy to look the object up by name,
        # so a sentinel keeps its identity through both.
        return f"sentinel.{self.name}"


class _Sentinel:
    """Attribute access hands out one unique named object per name."""

    def __init__(self) -> None:
        self._sentinels: dict[str, _SentinelObject] = {}

    # Any, as typeshed says: a sentinel stands in for whatever it replaces.
    def __getattr__(self, name: str) -> Any:
        if name == "__bases__":
            # help() and pydoc probe this; answering would confuse them.
            raise AttributeError
        found = self._sentinels.get(name)
        if found is None:
            found = self._sentinels.setdefault(name, _SentinelObject(name))
        return found

    def __reduce__(self) -> str:
        return "sentinel"


if sys.version_info >= (3, 14):

    def _signature(func: Callable[..., Any]) -> Any:
        """``inspect.signature`` without evaluating annotations.

        From 3.14 annotations are evaluated when first read, and one naming
        what is imported only under ``TYPE_CHECKING`` would raise NameError:
        such names are left as forward references.
        """
        import inspect

        from annotationlib import Format

        return inspect.signature(func, annotation_format=Format.FORWARDREF)

else:

    def _signature(func: Callable[..., Any]) -> Any:
        """``inspect.signature``: before 3.14 it evaluates no annotation (strings stay strings)."""
        import inspect

        return inspect.signature(func)


sentinel: _Sentinel = _Sentinel()
DEFAULT: Any = sentinel.DEFAULT
_missing: Any = sentinel.MISSING
_deleted: Any = sentinel.DELETED

if TYPE_CHECKING:
    # ANY compares equal to everything, so it may stand where any type goes.
    _AnyBase = Any
else:
    _AnyBase = object


class _ANY(_AnyBase):  # type: ignore[misc]
    """Equal to everything."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    if TYPE_CHECKING:

        def __hash__(self) -> int: ...

    else:
        __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "<ANY>"


ANY: _ANY = _ANY()


def safe_repr(obj: object) -> str:
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    parts = [repr(arg) for arg in args]
    parts.extend(f"{key}={value!r}" for key, value in kwargs.items())
    return f"{name}({', '.join(parts)})"


class _CallList(list["_Call"]):
    """A list of calls where ``sublist in calls`` looks for a contiguous run."""

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start : start + size] == value:
                return True
        return False

    def __repr__(self) -> str:
        import pprint

        return pprint.pformat(list(self))


def _split_other(other: Any, size: int) -> tuple[str, Any, Any] | None:
    # Normalise the many tuple shapes a call may be compared with.
    if size == 0:
        return "", (), {}
    if size == 3:
        name, args, kwargs = other
        return name, args, kwargs
    if size == 1:
        (only,) = other
        if isinstance(only, tuple):
            return "", only, {}
        if isinstance(only, str):
            return only, (), {}
        return "", (), only
    if size == 2:
        first, second = other
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return "", first, second
    return None


_tuple_attrs = frozenset(tuple.__dict__)


class _Call(tuple["Any", ...]):
    """A recorded (or expected) call: ``(args, kwargs)`` or ``(name, args, kwargs)``.

    Empty args or kwargs compare equal to tuples that leave them out, and a
    call without a name matches any name.
    """

    # Class-level defaults: call records made by mocks need no instance
    # dictionary at all.
    _mock_name: Any = None
    _mock_parent: Any = None
    _mock_from_kall: bool = True

    def __new__(
        cls,
        value: Any = (),
        name: Any = "",
        parent: Any = None,
        two: bool = False,
        from_kall: bool = True,
    ) -> _Call:
        args: Any = ()
        kwargs: Any = {}
        parts = list(value)
        if len(parts) == 3:
            name, args, kwargs = parts
        elif len(parts) == 2 and not isinstance(parts[0], str):
            args, kwargs = parts
        elif 0 < len(parts) < 3:
            # A name, then the arguments: a tuple is the positional ones.
            # (Four or more items give no name and no arguments.)
            if isinstance(parts[0], str):
                name = parts.pop(0)
            for rest in parts:
                args, kwargs = (rest, kwargs) if isinstance(rest, tuple) else (args, rest)
        return tuple.__new__(cls, (args, kwargs) if two else (name, args, kwargs))

    def __init__(
        self,
        value: Any = (),
        name: Any = None,
        parent: Any = None,
        two: bool = False,
        from_kall: bool = True,
    ) -> None:
        if name is not None:
            self._mock_name = name
        if parent is not None:
            self._mock_parent = parent
        if not from_kall:
            self._mock_from_kall = False

    def __eq__(self, other: object) -> bool:
        try:
            size = len(other)  # type: ignore[arg-type]
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            self_name = ""
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        mine = self._mock_parent
        if mine is not None:
            theirs = getattr(other, "_mock_parent", None)
            if theirs is not None and mine != theirs:
                return False
        if size == 3:
            other_name, other_args, other_kwargs = other  # type: ignore[misc]
        elif size == 2 and type(other) is _Call:
            # A call record: (args, kwargs), never led by a name.
            other_name = ""
            other_args, other_kwargs = other
        else:
            split = _split_other(other, size)
            if split is None:
                return False
            other_name, other_args, other_kwargs = split
        if self_name and other_name != self_name:
            return False
        # The other side goes first so that ANY on our side still compares.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    if TYPE_CHECKING:

        def __ne__(self, other: object, /) -> bool: ...

    else:
        __ne__ = object.__ne__
    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __call__(self, /, *args: Any, **kwargs: Any) -> _Call:
        name = self._mock_name
        if name is None:
            return _Call(("", args, kwargs), name="()")
        return _Call((name, args, kwargs), name=name + "()", parent=self)

    def __getattr__(self, attr: str) -> Any:
        name = self._mock_name
        if name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f"{name}.{attr}", parent=self, from_kall=False)

    def __getattribute__(self, attr: str) -> Any:
        # tuple's own attributes (count, index, __getitem__, ...) must not
        # hide ``call.count(...)`` and friends.
        if attr in _tuple_attrs:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self) -> tuple[tuple[Any, ...], Mapping[str, Any]]:
        # The last two items, whether or not a name comes first.
        return self[-2], self[-1]

    @property
    def args(self) -> tuple[Any, ...]:
        return self._get_call_arguments()[0]

    @property
    def kwargs(self) -> Mapping[str, Any]:
        return self._get_call_arguments()[1]

    def __repr__(self) -> str:
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call" + name
            return str(name)
        name, args, kwargs = ("", *self) if len(self) == 2 else self
        # "call", "call(...)...", or "call.name": how the call was written.
        if name:
            name = ("call" if name.startswith("()") else "call.") + name
        return _format_call_signature(name or "call", args, kwargs)

    def call_list(self) -> _CallList:
        """Every call in a chained call, outermost first, as a list."""
        found = []
        node: Any = self
        while node is not None:
            if node._mock_from_kall:
                found.append(node)
            node = node._mock_parent
        return _CallList(reversed(found))


call: _Call = _Call(from_kall=False)


class Base:
    """The root of the mock classes and mixins: takes any arguments, as the reference's."""

    __slots__ = ()
    # Type comments, not annotations: a mock class must have no
    # __annotations__ for instances to find (the reference's have none).
    _mock_return_value = DEFAULT  # type: Any
    _mock_side_effect = None  # type: Any

    def __init__(self, /, *args: Any, **kwargs: Any) -> None:
        pass
