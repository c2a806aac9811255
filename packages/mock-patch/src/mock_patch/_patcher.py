"""``patch``, ``patch.object`` and ``patch.multiple``: the attribute patcher."""

from __future__ import annotations

import builtins
import types
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Generic, TypeVar, overload

from ._apply import _decorate_async, _decorate_sync, _unwind
from ._deps import (
    DEFAULT,
    AsyncMock,
    InvalidSpecError,
    MagicMock,
    NonCallableMagicMock,
    NonCallableMock,
    _check_spec_arg_typos,
    _instance_callable,
    _is_async_obj,
    _is_instance_mock,
    _is_list,
    create_autospec,
    iscoroutinefunction,
)
from ._prefix import prefixed_methods
from ._target import _get_target, _resolver

__all__ = ["_patch", "_patch_multiple", "_patch_object", "_patch_stopall"]

# The type of the replacement a patcher puts in place (typeshed's contract).
_T = TypeVar("_T")

if TYPE_CHECKING:
    from typing_extensions import ParamSpec

    _P = ParamSpec("_P")
    _R = TypeVar("_R")
    _TT = TypeVar("_TT", bound="type[Any]")


# PEP 810's proxy of a lazily imported name (3.15); before 3.15 nothing is one.
_LAZY_IMPORT: Any = getattr(types, "LazyImportType", ())
# Names of builtins: patching them on a module creates the attribute.
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))

# Function attributes that deleting does not remove, only resets.
_RESET_ON_DELETE = frozenset(
    ("__doc__", "__module__", "__defaults__", "__annotations__", "__kwdefaults__")
)


class _patch(Generic[_T]):
    """One attribute replaced on one target, for a call, a block or until stop."""

    attribute_name: str | None = None
    # Patchers started with start(), for stopall(); patch.dict's too.  Read
    # through the class each time, as the reference does.
    _active_patches: ClassVar[list[Any]] = []

    def __init__(
        self,
        getter: Callable[[], Any],
        attribute: str,
        new: _T,
        spec: Any,
        create: bool,
        spec_set: Any,
        autospec: Any,
        new_callable: Any,
        kwargs: dict[str, Any],
        *,
        unsafe: bool = False,
    ) -> None:
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe and kwargs:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f"Cannot spec attr {attribute!r} as the spec "
                f"has already been mocked out. [spec={spec!r}]"
            )
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f"Cannot spec attr {attribute!r} as the spec_set "
                f"target has already been mocked out. [spec_set={spec_set!r}]"
            )
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create: bool = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers: list[Any] = []
        self.is_started: bool = False

    def copy(self) -> _patch[_T]:
        """Return an unstarted patcher doing the same patching."""
        patcher = _patch(
            self.getter,
            self.attribute,
            self.new,
            self.spec,
            self.create,
            self.spec_set,
            self.autospec,
            self.new_callable,
            self.kwargs,
        )
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    # -- decorating ---------------------------------------------------------

    @overload
    def __call__(self, func: _TT) -> _TT: ...
    @overload
    def __call__(self, func: Callable[_P, _R]) -> Callable[_P, _R]: ...
    def __call__(self, func: Any) -> Any:
        if isinstance(func, type):
            return self.decorate_class(func)
        if iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass: type) -> type:
        """Patch around every method whose name starts with patch.TEST_PREFIX."""
        for name, method in prefixed_methods(klass):
            setattr(klass, name, self.copy()(method))
        return klass

    def decorate_callable(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Patch around calls of ``func``."""
        return self._wrap(func, _decorate_sync)

    def decorate_async_callable(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Patch around the run of the coroutines ``func`` returns."""
        return self._wrap(func, _decorate_async)

    def _wrap(
        self,
        func: Callable[..., Any],
        wrapper: Callable[[Callable[..., Any], _patch[Any]], Callable[..., Any]],
    ) -> Callable[..., Any]:
        # Stacked patch decorators make one wrapper: the outer ones join its list.
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        return wrapper(func, self)

    # -- patching -----------------------------------------------------------

    def get_original(self) -> tuple[Any, bool]:
        """Return the current value and whether the target holds it itself."""
        return self._original_on(self.getter())

    def _original_on(self, target: Any) -> tuple[Any, bool]:
        name = self.attribute
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
            local = False
        else:
            local = True
        if name in _BUILTINS and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(f"{target} does not have the attribute {name!r}")
        return original, local

    def _autospecced(self, original: Any, autospec: Any, spec_set: Any) -> Any:
        """The ``create_autospec`` replacement; ``autospec=True`` specs ``original``."""
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        if autospec is True:
            autospec = original
        target = self.target
        if _is_instance_mock(target):
            where = "as the patch target"
        elif _is_instance_mock(autospec):
            where = f"from target {getattr(target, '__name__', target)!r} as it"
        else:
            return create_autospec(
                autospec, spec_set=bool(spec_set), _name=self.attribute, **self.kwargs
            )
        raise InvalidSpecError(
            f"Cannot autospec attr {self.attribute!r} {where} has already been mocked out. "
            f"[target={target!r}, attr={autospec!r}]"
        )

    def _make_new(self, original: Any, spec: Any, spec_set: Any, autospec: Any) -> Any:
        """Build the replacement for ``original`` when ``new`` is DEFAULT.

        The three spec arguments come with False already turned into None.
        """
        if autospec is not None:
            return self._autospecced(original, autospec, spec_set)
        # True means "the original"; spec_set=True turns the spec into spec_set.
        if spec is True:
            spec = original
        if spec_set is True:
            spec, spec_set = None, original if spec is None else spec
        specced = spec if spec_set is None else spec_set
        replaces_class = False
        if specced is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            replaces_class = isinstance(original, type)
        factory = self.new_callable
        if factory is None:
            factory = _default_mock_class(original, spec, specced)
        options: dict[str, Any] = {}
        if spec is not None:
            options["spec"] = spec
        if spec_set is not None:
            options["spec_set"] = spec_set
        if isinstance(factory, type) and issubclass(factory, NonCallableMock) and self.attribute:
            options["name"] = self.attribute
        options.update(self.kwargs)
        new = factory(**options)
        if replaces_class and _is_instance_mock(new):
            # What calling the class gives: a specced instance, callable if the
            # class's instances are (a list spec cannot tell; it keeps the class).
            if not _is_list(specced) and not _instance_callable(specced):
                factory = NonCallableMagicMock
            del options["name"]  # KeyError without one, as in the reference
            # Set as return_value, the unnamed mock is linked as "new()".
            new.return_value = factory(**options)
        return new

    def __enter__(self) -> _T:
        """Replace the attribute; return the new object (or dict of them)."""
        if self.is_started:
            raise RuntimeError("Patch is already started")
        self.target: Any = self.getter()
        spec, spec_set, autospec = _given(self.spec), _given(self.spec_set), _given(self.autospec)
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        if type(self).get_original is _patch.get_original and "get_original" not in vars(self):
            # Same result as get_original(), without resolving the target again.
            original, local = self._original_on(self.target)
        else:
            original, local = self.get_original()
        if isinstance(original, _LAZY_IMPORT) and any(
            value is True for value in (spec, spec_set, autospec)
        ):
            # A module imported lazily (3.15): spec the real module, not its proxy.
            original = original.resolve()
        new = self.new
        if new is DEFAULT:
            new = self._make_new(original, spec, spec_set, autospec)
        elif autospec is not None:
            raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._entered_additional: list[Any] = []
        self.is_started = True
        try:
            setattr(self.target, self.attribute, new)
            return new if self.attribute_name is None else self._enter_additional(new)
        except BaseException as exc:
            if not self.__exit__(type(exc), exc, exc.__traceback__):
                raise
            return None  # type: ignore[return-value]

    def _enter_additional(self, new: Any) -> Any:
        """patch.multiple: start the other patchers; map names to the mocks made."""
        made: dict[Any, Any] = {self.attribute_name: new} if self.new is DEFAULT else {}
        for other in self.additional_patchers:
            result = other.__enter__()
            self._entered_additional.append(other)
            if other.new is DEFAULT:
                made.update(result)
        return made

    def __exit__(self, *exc_info: Any) -> Any:
        """Put the original back (or remove the created attribute)."""
        if not self.is_started:
            return None
        target, name, original = self.target, self.attribute, self.temp_original
        if original is DEFAULT or not self.is_local:
            delattr(target, name)
            # Unless the attribute was created: deleting ours may have removed
            # an inherited or proxied one (django's settings) or reset a
            # function's, so the original is set back.
            if not self.create and (not hasattr(target, name) or name in _RESET_ON_DELETE):
                setattr(target, name, original)
        else:
            setattr(target, name, original)
        del self.temp_original, self.is_local, self.target
        entered = self._entered_additional
        del self._entered_additional
        self.is_started = False
        if not entered:
            return False
        exc = exc_info[1] if exc_info else None
        if exc is None and exc_info and exc_info[0] is not None:
            exc = exc_info[0]()
        return _unwind(entered, exc)

    def start(self) -> _T:
        """Start the patch; ``patch.stopall`` (or ``stop``) undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self) -> Any:
        """Undo a started patch; does nothing if it is not started."""
        if _unlist(self._active_patches, self):
            return self.__exit__(None, None, None)
        return None


def _given(value: Any) -> Any:
    """A spec argument with False, which means "not given", turned into None."""
    return None if value is False else value


def _default_mock_class(original: Any, spec: Any, specced: Any) -> Any:
    """The class patch makes its mock of when no ``new_callable`` is given."""
    if spec is None and _is_async_obj(original):
        return AsyncMock
    if specced is None:
        return MagicMock
    if _is_async_obj(specced):
        return AsyncMock
    if _is_list(specced):
        return MagicMock if "__call__" in specced else NonCallableMagicMock
    return MagicMock if callable(specced) else NonCallableMagicMock


def _unlist(active: list[Any], patcher: Any) -> bool:
    """Take ``patcher`` off the started ones; False if it is not among them."""
    try:
        active.remove(patcher)
    except ValueError:
        return False
    return True


def _patch_object(
    target: Any,
    attribute: str,
    new: Any = DEFAULT,
    spec: Any = None,
    create: bool = False,
    spec_set: Any = None,
    autospec: Any = None,
    new_callable: Any = None,
    *,
    unsafe: bool = False,
    **kwargs: Any,
) -> _patch[Any]:
    """Patch ``attribute`` of the object ``target`` (``patch.object``)."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(
        _constant(target),
        attribute,
        new,
        spec,
        create,
        spec_set,
        autospec,
        new_callable,
        kwargs,
        unsafe=unsafe,
    )


def _constant(value: Any) -> Callable[[], Any]:
    def getter() -> Any:
        return value

    return getter


def _patch_multiple(
    target: Any,
    spec: Any = None,
    create: bool = False,
    spec_set: Any = None,
    autospec: Any = None,
    new_callable: Any = None,
    **kwargs: Any,
) -> _patch[Any]:
    """Patch several attributes of one target at once (``patch.multiple``)."""
    getter = _resolver(target) if type(target) is str else _constant(target)
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    patchers = []
    for attribute, new in kwargs.items():
        patcher = _patch(
            getter,
            attribute,
            new,
            spec,
            create,
            spec_set,
            autospec,
            new_callable,
            {},
        )
        patcher.attribute_name = attribute
        patchers.append(patcher)
    first = patchers[0]
    first.additional_patchers = patchers[1:]
    return first


def _patch_stopall() -> None:
    """Stop every patch started with ``start``, the most recent first."""
    for patcher in reversed(_patch._active_patches[:]):
        patcher.stop()


def _patch_function(
    target: Any,
    new: Any = DEFAULT,
    spec: Any = None,
    create: bool = False,
    spec_set: Any = None,
    autospec: Any = None,
    new_callable: Any = None,
    *,
    unsafe: bool = False,
    **kwargs: Any,
) -> _patch[Any]:
    """Replace the object named by the dotted path ``target``.

    Usable as a decorator (of functions, coroutine functions and classes), as
    a context manager, or through ``start``/``stop``.  Unless ``new`` is
    given, the replacement is created on each start: an AsyncMock for async
    functions, a MagicMock otherwise, or whatever ``new_callable`` returns,
    configured with ``spec``, ``spec_set``, ``autospec`` and ``kwargs``.
    """
    getter, attribute = _get_target(target)
    return _patch(
        getter,
        attribute,
        new,
        spec,
        create,
        spec_set,
        autospec,
        new_callable,
        kwargs,
        unsafe=unsafe,
    )


if TYPE_CHECKING:
    # Only for type checkers: the patcher that passes the new mock to the
    # decorated function as an extra argument, so the signature changes.
    class _patch_pass_arg(_patch[_T]):
        """A patcher whose decorated function takes the new object as an argument."""

        @overload
        def __call__(self, func: _TT) -> _TT: ...
        @overload
        def __call__(self, func: Callable[..., _R]) -> Callable[..., _R]: ...
        def __call__(self, func: Any) -> Any:
            return super().__call__(func)
