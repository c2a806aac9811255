"""What a spec tells a mock: its names, its async attributes, signatures.

The reference works all of this out again for every mock (``dir(spec)``
and an async check of every attribute at creation, ``inspect.signature``
for every autospec).  Here each is worked out on first need and kept only
while it still holds, checked on every use:

* the names of a class spec, while every class of its MRO keeps the same
  attribute names (a tuple of each class's keys: cheap, and ``dir`` of a
  class depends on nothing else unless its metaclass defines ``__dir__``,
  in which case nothing is kept);
* whether an attribute is async, while the attribute found is the very
  object that was checked (a weak reference to it);
* a function's signature, while the attributes ``inspect.signature`` reads
  are the same objects (code, defaults, ``__signature__``, ``__wrapped__``
  ...).

Nothing here keeps a spec alive: the tables are keyed weakly, and what
they hold is either strings or objects the key itself holds.  (A function
whose own defaults or ``__wrapped__`` lead back to it would be kept alive;
none does in practice.)
"""

from __future__ import annotations

import sys
from _weakref import ref as _ref
from types import FunctionType, MethodType

from ._base import _signature
from ._deps import iscoroutinefunction
from ._magic import _default_magics

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from functools import partial
    from typing import Any, Callable
else:  # functools' own partial, without functools (which imports collections)
    from _functools import partial

__all__ = [
    "FunctionTypes",
    "InstanceSpecInfo",
    "Pending",
    "SpecInfo",
    "attr_is_async",
    "instance_spec_info",
    "signature_of",
    "spec_info",
]

FunctionTypes: tuple[type, ...] = (FunctionType, MethodType)
_HEAPTYPE = 1 << 9


class _WeakKeyed:
    """A mapping that holds its keys weakly and forgets an entry when its key dies.

    What the caches need of ``weakref.WeakKeyDictionary`` (lookup and store),
    without importing the weakref module along with mock_core.  A weak
    reference hashes and compares as its referent, so ``_ref(key)`` finds the
    entry; a dead one keeps its hash, so the callback can remove it.
    """

    __slots__ = ("_entries", "_forget")

    def __init__(self) -> None:
        entries: dict[Any, Any] = {}
        self._entries = entries
        self._forget = lambda dead: entries.pop(dead, None)

    def get(self, key: Any) -> Any:
        try:
            return self._entries.get(_ref(key))
        except TypeError:  # not weakly referenceable, or unhashable: never stored
            return None

    def __setitem__(self, key: Any, value: Any) -> None:
        self._entries[_ref(key, self._forget)] = value

    def __len__(self) -> int:
        return len(self._entries)


_type_mro = type.__dict__["__mro__"].__get__


class SpecInfo:
    """The names of one spec and which of its attributes are async (filled on demand)."""

    __slots__ = ("asyncs", "fingerprint", "magics", "names", "names_set")

    def __init__(self, names: list[str], fingerprint: Any = None) -> None:
        self.fingerprint = fingerprint
        self.names = names
        self.names_set = frozenset(names)
        self.magics = _default_magics & self.names_set
        # name -> (weak reference to the attribute checked, or None; verdict)
        self.asyncs: dict[str, tuple[Any, bool]] = {}


class InstanceSpecInfo(SpecInfo):
    """An instance spec: its class's names plus a snapshot of the instance's own."""

    __slots__ = ("snapshot",)

    def __init__(self, names: list[str], snapshot: dict[str, Any]) -> None:
        super().__init__(names)
        self.snapshot = snapshot


class Pending:
    """A child recorded now and made on first read (autospec's non-function attributes)."""

    __slots__ = ()
    # Each kind defines it: the child ``name`` of ``owner`` that this stands for.
    build: Callable[[Any, str], Any]


def _fingerprint(cls: type) -> Any:
    """What ``dir(cls)`` depends on; None when it cannot be known."""
    if type(cls).__dir__ is not type.__dir__:
        return None
    try:
        return tuple([tuple(k.__dict__) if k.__flags__ & _HEAPTYPE else k for k in _type_mro(cls)])
    except Exception:  # a metaclass property in the way: cache nothing
        return None


_class_infos = _WeakKeyed()  # class -> SpecInfo


def spec_info(spec: Any) -> SpecInfo:
    """The names of ``spec``; for a class, shared while its attribute names last."""
    if not isinstance(spec, type):
        return SpecInfo(dir(spec))
    fingerprint = _fingerprint(spec)
    info: SpecInfo | None = _class_infos.get(spec)
    if info is not None and fingerprint is not None and info.fingerprint == fingerprint:
        return info
    info = SpecInfo(dir(spec), fingerprint)
    if fingerprint is not None:
        # Every class can be weakly referred to.
        _class_infos[spec] = info
    return info


# An instance with nothing in its __dict__ (a function, mostly) is described
# by its class alone: one info per class, while the class's is current.
_bare_instances = _WeakKeyed()  # class -> (its SpecInfo, InstanceSpecInfo)


def instance_spec_info(spec: Any) -> SpecInfo:
    """The names of the instance ``spec`` now, and its own attributes as they are now."""
    try:
        own = spec.__dict__
        snapshot = dict(own) if isinstance(own, dict) else {}
    except Exception:
        snapshot = {}
    cls = type(spec)
    if getattr(cls, "__dir__", None) is not object.__dir__ or "__dir__" in snapshot:
        return InstanceSpecInfo(dir(spec), snapshot)
    class_info = spec_info(cls)
    if snapshot:
        return InstanceSpecInfo(sorted(class_info.names_set.union(snapshot)), snapshot)
    shared: tuple[SpecInfo, SpecInfo] | None = _bare_instances.get(cls)
    if shared is None or shared[0] is not class_info:
        shared = (class_info, InstanceSpecInfo(class_info.names, snapshot))
        _bare_instances[cls] = shared
    return shared[1]


def _static_attribute(spec: Any, info: SpecInfo, name: str) -> Any:
    """The attribute ``name`` of ``spec`` as stored, without running descriptors."""
    if isinstance(info, InstanceSpecInfo):
        if name in info.snapshot:
            return info.snapshot[name]
        owner = type(spec)
    else:
        owner = spec
    if isinstance(owner, type):
        # The MRO type itself stores, as getattr_static reads it: a
        # metaclass's __mro__ property does not count.
        for klass in _type_mro(owner):
            found = klass.__dict__.get(name, _absent)
            if found is not _absent:
                return found
    import inspect

    return inspect.getattr_static(owner, name, None)


_absent = object()


def attr_is_async(spec: Any, info: SpecInfo, name: str) -> bool:
    """Whether the attribute ``name`` of ``spec`` is an async function (the reference's test)."""
    attr = _static_attribute(spec, info, name)
    known = info.asyncs.get(name)
    if known is not None and known[0] is not None and known[0]() is attr:
        return known[1]
    import inspect

    target = attr
    if isinstance(target, (classmethod, staticmethod)):
        # Before 3.10 these have no __wrapped__ for unwrap() to follow.
        target = target.__func__
    try:
        target = inspect.unwrap(target)
    except ValueError:
        pass
    verdict = bool(iscoroutinefunction(target))
    try:
        info.asyncs[name] = (_ref(attr), verdict)
    except TypeError:
        pass  # not weakly referable: checked again next time
    return verdict


# -- signatures -----------------------------------------------------------------

if sys.version_info >= (3, 14):

    def _annotations_source(func: FunctionType) -> Any:
        # Reading __annotations__ would evaluate them: compare what makes them.
        return func.__annotate__

else:

    def _annotations_source(func: FunctionType) -> Any:
        return func.__annotations__


def _state(func: FunctionType) -> tuple[Any, ...]:
    """The attributes of ``func`` that ``inspect.signature`` reads."""
    own = func.__dict__
    return (
        func.__code__,
        func.__defaults__,
        func.__kwdefaults__,
        _annotations_source(func),
        own.get("__signature__"),
        own.get("__wrapped__"),
    )


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return all(map(_is, a, b))


def _is(a: Any, b: Any) -> bool:
    return a is b


# function -> (its state, {(eat_self, bound): signature})
_signatures = _WeakKeyed()


# The methods of built-in types, as found on a class (object.__init__ ...).
_DESCRIPTORS = (type(object.__init__), type(object.__format__))
_builtin_signatures: dict[Any, Any] = {}


def _reduce(func: Any, as_instance: bool, eat_self: bool) -> tuple[Any, bool]:
    """The callable whose signature describes ``func``, and whether to skip its first argument."""
    if isinstance(func, type) and not as_instance:
        return func.__init__, True  # type: ignore[misc]
    if isinstance(func, (classmethod, staticmethod)):
        return func.__func__, eat_self or isinstance(func, classmethod)
    if isinstance(func, FunctionTypes):
        return func, eat_self
    try:
        return func.__call__, eat_self
    except AttributeError:
        return None, eat_self


def signature_of(func: Any, as_instance: bool, eat_self: bool) -> Any:
    """``(callable inspected, signature)`` of what ``func`` stands for, or None."""
    target, eat = _reduce(func, as_instance, eat_self)
    if target is None:
        return None
    # A bound method's signature depends on its function alone.
    function: Any = target.__func__ if isinstance(target, MethodType) else target
    if not isinstance(function, FunctionType):
        if type(function) in _DESCRIPTORS and not function.__objclass__.__flags__ & _HEAPTYPE:
            # object.__init__ and the like: built in, never changed, never freed.
            key = (function, eat)
            found = _builtin_signatures.get(key, _absent)
            if found is _absent:
                found = _builtin_signatures[key] = _compute(function, eat)
            return found and (target, found[1])
        return _compute(target, eat)
    key = (eat, function is not target)
    state = _state(function)
    entry = _signatures.get(function)
    if entry is not None and _same(entry[0], state):
        found = entry[1].get(key, _absent)
        if found is not _absent:
            return found and (target, found)
    else:
        entry = (state, {})
        _signatures[function] = entry
    result = _compute(target, eat)
    entry[1][key] = result and result[1]
    return result


def _compute(target: Any, eat_self: bool) -> Any:
    try:
        return target, _signature(partial(target, None) if eat_self else target)
    except ValueError:
        return None
