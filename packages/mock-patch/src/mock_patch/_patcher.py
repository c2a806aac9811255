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
    _is_instance_mock,
    _is_list,
    create_autospec,
    iscoroutinefunction,
)
from ._deps import _is_async_obj as _core_is_async_obj
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


def _is_async_obj(obj: Any) -> bool:
    """Whether ``obj`` should be replaced by an AsyncMock.

    Of mocks, the reference takes only those that pass ``isinstance(obj,
    AsyncMock)``: a MagicMock specced on an async function is async to the
    core (its class awaits) but is replaced by a MagicMock here.
    """
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    return _core_is_async_obj(obj)


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
        """Patch around calls of ``func``; stacked patches share one wrapper."""
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        return _decorate_sync(func, self)

    def decorate_async_callable(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Patch around the run of the coroutines ``func`` returns."""
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        return _decorate_async(func, self)

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

    def _make_new(self, original: Any) -> Any:
        """Build the replacement for ``original`` when ``new`` is DEFAULT."""
        spec, spec_set, autospec = self.spec, self.spec_set, self.autospec
        kwargs = self.kwargs
        new_callable = self.new_callable
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None

        if autospec is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            target = self.target
            if _is_instance_mock(target):
                raise InvalidSpecError(
                    f"Cannot autospec attr {self.attribute!r} as the patch "
                    f"target has already been mocked out. "
                    f"[target={target!r}, attr={autospec!r}]"
                )
            if _is_instance_mock(autospec):
                target_name = getattr(target, "__name__", target)
                raise InvalidSpecError(
                    f"Cannot autospec attr {self.attribute!r} from target "
                    f"{target_name!r} as it has already been mocked out. "
                    f"[target={target!r}, attr={autospec!r}]"
                )
            return create_autospec(
                autospec, spec_set=bool(spec_set), _name=self.attribute, **kwargs
            )

        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            # A class being replaced: calling the mock gives a specced instance.
            inherit = isinstance(original, type)

        this_spec = spec if spec_set is None else spec_set
        klass: Any
        if new_callable is not None:
            klass = new_callable
        elif spec is None and _is_async_obj(original):
            klass = AsyncMock
        elif this_spec is not None:
            if _is_list(this_spec):
                not_callable = "__call__" not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_obj(this_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
            else:
                klass = MagicMock
        else:
            klass = MagicMock

        new_kwargs: dict[str, Any] = {}
        if spec is not None:
            new_kwargs["spec"] = spec
        if spec_set is not None:
            new_kwargs["spec_set"] = spec_set
        if self.attribute and isinstance(klass, type) and issubclass(klass, NonCallableMock):
            new_kwargs["name"] = self.attribute
        if kwargs:
            new_kwargs.update(kwargs)
        new = klass(**new_kwargs)

        if inherit and _is_instance_mock(new):
            # Only a spec that is not a list tells whether instances are callable.
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                klass = NonCallableMagicMock
            new_kwargs.pop("name", None)
            # Assigning an unnamed mock as return_value links it as "new()".
            new.return_value = klass(**new_kwargs)
        return new

    def __enter__(self) -> _T:
        """Replace the attribute; return the new object (or dict of them)."""
        if self.is_started:
            raise RuntimeError("Patch is already started")
        new = self.new
        self.target: Any = self.getter()

        spec, spec_set, autospec = self.spec, self.spec_set, self.autospec
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (
            True,
            None,
        ):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

        if type(self).get_original is _patch.get_original:
            # Same result as get_original(), without resolving the target again.
            original, local = self._original_on(self.target)
        else:
            original, local = self.get_original()
        if (spec is True or spec_set is True or autospec is True) and isinstance(
            original, _LAZY_IMPORT
        ):
            # A module imported lazily (3.15): spec the real module, not its proxy.
            original = original.resolve()

        if new is DEFAULT:
            new = self._make_new(original)
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
            if self.attribute_name is None:
                return new
            # patch.multiple: the dict of the mocks it made, by attribute name.
            extra_args: dict[str, Any] = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            entered = self._entered_additional
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args  # type: ignore[return-value]
        except BaseException as exc:
            if not self.__exit__(type(exc), exc, exc.__traceback__):
                raise
            return None  # type: ignore[return-value]

    def __exit__(self, *exc_info: Any) -> Any:
        """Put the original back (or remove the created attribute)."""
        if not self.is_started:
            return None
        target = self.target
        attribute = self.attribute
        original = self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, attribute, original)
        else:
            delattr(target, attribute)
            if not self.create and (
                attribute in _RESET_ON_DELETE or not hasattr(target, attribute)
            ):
                # Proxies (django settings and the like) need the value back.
                setattr(target, attribute, original)
        del self.temp_original
        del self.is_local
        del self.target
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
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


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
