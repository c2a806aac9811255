"""A class of its own for every mock, without building one per mock.

``type(m)`` of every mock is a fresh direct subclass of the class asked for
(``Mock``, ``MagicMock``, a user's subclass ...), so that ``type(m).prop =
PropertyMock()`` or ``type(m).__len__ = f`` reaches ``m`` alone, as with the
reference.  Building a class costs about 5 us, ten times a whole ``Mock()``
here, so a class is reused once the mock it was made for has died:

* A *template* describes one kind of class: its bases and, for the magic
  classes, the magic methods it starts with.  It keeps a short list of idle
  classes of that kind.
* A *shape* is one class and what it looked like when built.  While a mock
  uses it, the shape holds a weak reference to the mock whose callback runs
  when the mock dies, and hands the class back only if nothing else can
  still see it and nothing was written to it: no reference but the dying
  mock's (``sys.getrefcount``, calibrated at import through the same code),
  no weak reference but the base class's subclass list, the same
  ``__dict__`` size, name, bases, ``__doc__`` and ``__module__``, and none
  of its magic-method descriptors replaced or deleted (each reports its own
  death).  Anything else leaves the class to die with its mock, exactly as
  in the reference.
* The template holds every shape it built and did not drop, so a class is
  reachable while its mock is collected in a reference cycle (most mocks
  die so: a child points to its parent): the collector then still calls
  the weak reference's callback, and finds the class intact.
* Only the package's own classes (see :func:`register`) are recycled: an
  idle class keeps its base alive, and a user's classes must be free to
  die.  Instances of other classes get a new class each time, as in the
  reference.

A weak reference cannot be copied into another mock, and its callback runs
once, when that mock dies: the scheme needs nothing from the mock itself.
"""

from __future__ import annotations

import sys
from _weakref import getweakrefcount as _getweakrefcount
from _weakref import ref as _weakref

from ._deps import async_support
from ._magic import _default_magics
from ._predicates import _is_list
from ._spec import spec_info

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Callable

__all__ = [
    "MagicSlot",
    "Shape",
    "Template",
    "library",
    "mock_template",
    "plain_templates",
    "register",
    "template_for",
]

_getrefcount = sys.getrefcount
_FREE_MAX = 64

# The package's own mock classes: their instances' classes are recycled.
library: set[type] = set()


def register(*classes: type) -> None:
    """Let instances of ``classes`` (exactly these, not subclasses) reuse classes."""
    library.update(classes)


class MagicSlot:
    """One magic method on a mock's own class: the mock's child, made on first use.

    Each class has its own slots, which know the class's shape: so that
    ``type(m).__str__`` and the copies of a mock (instances of a subclass
    of its class) reach the mock the class was made for, as the reference's
    per-mock proxies do.
    """

    __slots__ = ("name", "shape")

    def __init__(self, name: str, shape: Shape) -> None:
        self.name = name
        self.shape = shape

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        shape = self.shape
        if obj is None or type(obj) is not shape.cls:
            ref = shape.owner
            mock = ref() if ref is not None else None
            if mock is not None:
                obj = mock
            elif obj is None:
                return self
        name = self.name
        found = obj.__dict__.get(name)
        if found is not None:
            return found
        return obj._mock_make_magic(name)

    def __del__(self) -> None:
        # Replaced or deleted from its class: the class is no longer as built.
        self.shape.dirty = True


class Shape:
    """One mock class, what it looked like when built, and its current mock."""

    __slots__ = (
        "__weakref__",
        "bases",
        "callback",
        "cls",
        "dirty",
        "doc",
        "free",
        "magics",
        "module",
        "name",
        "owner",
        "qualname",
        "size",
        "template",
    )

    def __init__(self, template: Template, magics: frozenset[str]) -> None:
        self.template = template
        self.magics = magics
        # A weak reference to the mock using the class (None when idle).
        self.owner: Any = None
        self.dirty = False
        # Where the class goes back to, or None when it is never reused.
        self.free = template.free if template.recycle else None
        self.callback = self.released

    def __copy__(self) -> Shape:
        # A copy of a mock (copy, deepcopy) is offered its original's shape,
        # which it ignores (see NonCallableMock.__setattr__): never copy one.
        return self

    def __deepcopy__(self, memo: Any) -> Shape:
        return self

    def bind(self, cls: type) -> None:
        self.cls = cls
        ns = cls.__dict__
        self.size = len(ns)
        self.doc = ns["__doc__"]
        self.module = ns["__module__"]
        self.name = cls.__name__
        self.qualname = cls.__qualname__
        self.bases = cls.__bases__

    def pristine(self) -> bool:
        """Whether the class is as built (also while in use)."""
        cls = self.cls
        ns = cls.__dict__
        return (
            not self.dirty
            and len(ns) == self.size
            and ns.get("__doc__") is self.doc
            and ns.get("__module__") is self.module
            and cls.__name__ is self.name
            and cls.__qualname__ is self.qualname
            and cls.__bases__ is self.bases
        )

    def released(self, ref: Any) -> None:
        """The mock using the class died: keep the class for another, if unseen."""
        # Inlined (this runs once per mock); cheap and telling checks first.
        if ref is not self.owner:
            return
        self.owner = None
        free = self.free
        if free is None:
            return
        cls = self.cls
        if (
            _getrefcount(cls) == _refs
            and _getweakrefcount(cls) == _weakrefs
            and not self.dirty
            and len(free) < _FREE_MAX
        ):
            ns = cls.__dict__
            if (
                len(ns) == self.size
                and ns["__doc__"] is self.doc
                and ns["__module__"] is self.module
                and cls.__name__ is self.name
                and cls.__qualname__ is self.qualname
                and cls.__bases__ is self.bases
            ):
                free.append(self)
                return
        if _refs == 0:
            _calibration.append((_getrefcount(cls), _getweakrefcount(cls)))
        # Let the class die with its mock.
        self.template.shapes.discard(self)


class Template:
    """A kind of mock class: its bases and starting magic methods, and idle classes."""

    __slots__ = (
        "__weakref__",
        "bases",
        "free",
        "magics",
        "module",
        "name",
        "recycle",
        "shapes",
    )

    def __init__(
        self, base: type, bases: tuple[type, ...], magics: frozenset[str] | None, recycle: bool
    ) -> None:
        self.name = base.__name__
        self.bases = bases
        # None: not a magic class.  Otherwise the magic methods to install.
        self.magics = magics
        self.recycle = recycle
        self.free: list[Shape] = []
        # Every shape built and not dropped, idle or in use (see above).
        self.shapes: set[Shape] = set()
        self.module = _public_module(base)

    def build(self) -> Shape:
        magics = self.magics or frozenset()
        shape = Shape(self, magics)
        # The slots go in the namespace: setting special methods on a class
        # afterwards costs far more.
        namespace: dict[str, Any] = {name: MagicSlot(name, shape) for name in magics}
        namespace["__doc__"] = self.bases[-1].__doc__
        namespace["__module__"] = self.module
        shape.bind(type(self.name, self.bases, namespace))
        if self.recycle:
            self.shapes.add(shape)
        return shape


def _public_module(cls: type) -> str:
    # The reference's classes all report its module; ours report the public
    # module of the nearest class of ours (a user's subclass included).
    for klass in cls.__mro__:
        if klass in library:
            return klass.__module__
    return cls.__module__


_templates: dict[Any, Template] = {}


def template_for(cls: type, async_mixin: Any, magics: frozenset[str] | None) -> Template:
    """The template for instances of ``cls``.

    ``async_mixin`` is the class put before ``cls`` for a mock whose spec is
    async (or None); ``magics`` the magic methods a magic class starts with
    (None for the others).
    """
    key = (cls, async_mixin, magics)
    found = _templates.get(key)
    if found is not None:
        return found
    bases = (cls,) if async_mixin is None else (async_mixin, cls)
    if cls in library:
        return _templates.setdefault(key, Template(cls, bases, magics, True))
    # A user's class: a template of its own each time, never kept (a kept
    # one would hold the class alive), never recycled: the class must be
    # free to die.  Its instances get a new class each, as in the reference.
    return Template(cls, bases, magics, False)


# Templates of the package's classes created without a spec, by class.
plain_templates: dict[Any, Template] = {}


def _spec_magics(spec: Any) -> frozenset[str]:
    """The default magic methods a MagicMock specced on ``spec`` starts with."""
    if _is_list(spec):
        return _default_magics.intersection(spec)
    if isinstance(spec, type):
        return spec_info(spec).magics
    # An instance: its class's magics; __init__ corrects the rare instance
    # whose dir() says otherwise.
    return spec_info(type(spec)).magics


def mock_template(cls: Any, spec: Any, spec_set: Any, is_async: Callable[[Any], bool]) -> Template:
    """The template for an instance of ``cls`` made with these arguments.

    ``is_async`` says whether a spec makes the mock async (the reference's
    rule, which needs the mock classes)."""
    deciding = spec_set if spec_set is not None else spec
    mixin = None
    if deciding is not None and not cls._mock_is_async and is_async(deciding):
        mixin = async_support().AsyncMockMixin
    magics = None
    if getattr(cls, "_mock_set_magics", None) is not None:
        # A magic mock class (MagicMixin's method): it starts with magics.
        used = spec_set if spec_set is not None else spec
        if used is not None:
            magics = _spec_magics(used)
        elif _is_own_magic_class(cls):
            # A copy of a magic mock: its class inherits the original's
            # magic methods, bound to the original, as in the reference.
            magics = frozenset()
        else:
            magics = _default_magics
    template = template_for(cls, mixin, magics)
    if spec is None and spec_set is None and template.recycle:
        plain_templates[cls] = template
    return template


def _is_own_magic_class(cls: Any) -> bool:
    return any(type(value) is MagicSlot for value in cls.__dict__.values())


# Shape.released compares with these: what a class that nobody else sees
# shows while its only instance dies, calibrated through that very code so
# that the interpreter's own references are counted alike.
_refs = 0
_weakrefs = 0
_calibration: list[tuple[int, int]] = []


def _calibrate() -> tuple[int, int]:
    class Probe:
        __slots__ = ("__dict__", "__weakref__")

    template = Template(Probe, (Probe,), None, True)
    shape = template.build()
    probe: Any = object.__new__(shape.cls)
    shape.owner = _weakref(probe, shape.callback)
    del probe
    template.shapes.clear()
    return _calibration.pop()


_refs, _weakrefs = _calibrate()
