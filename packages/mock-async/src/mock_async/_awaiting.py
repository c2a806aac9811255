"""AsyncMock: await tracking, await assertions and the coroutine a call returns."""

from __future__ import annotations

import sys
from types import FunctionType
from typing import TYPE_CHECKING, Any

from ._deps import (
    AWAIT_BASE,
    AWAIT_TICKS,
    DEFAULT,
    Base,
    MagicMixin,
    MagicMock,
    Mock,
    _all_sync_magics,
    _AnyComparer,
    _async_method_magics,
    _bump,
    _Call,
    _callable,
    _CallList,
    _errors,
    _is_exception,
    _lock,
    _unmatched_calls,
    iscoroutinefunction,
    register_mock_class,
    tally_property,
)
from ._meta import FUNCTION_ATTRIBUTES, present

_new_tuple = tuple.__new__


def _state_property(name: str) -> property:
    """``await_args``/``await_args_list``: stored on the mock, or on the
    function that ``create_autospec`` wraps around it."""
    slot = "_mock_" + name

    def fget(self: Any) -> Any:
        delegate = self._mock_delegate
        if delegate is not None:
            return getattr(delegate, name)
        try:
            return self.__dict__[slot]
        except KeyError:
            if name != "await_args_list":
                return None
            return self.__dict__.setdefault(slot, _CallList())

    def fset(self: Any, value: Any) -> None:
        delegate = self._mock_delegate
        if delegate is not None:
            setattr(delegate, name, value)
        else:
            self.__dict__[slot] = value

    return property(fget, fset)


def _args_kwargs_signature() -> Any:
    from inspect import Parameter, Signature

    return Signature(
        [Parameter("args", Parameter.VAR_POSITIONAL), Parameter("kwargs", Parameter.VAR_KEYWORD)]
    )


if TYPE_CHECKING:

    class _MixedInto(Base):
        """For type checkers: what the mock class this mixin joins provides."""

        def __getattr__(self, name: str) -> Any: ...
        def reset_mock(self, *args: Any, **kwargs: Any) -> None: ...
        def __dir__(self) -> list[str]: ...
        def _mock_names(self) -> Any: ...

else:
    _MixedInto = Base


class AsyncMockMixin(_MixedInto):
    """What makes a callable mock asynchronous; combine with a mock class.

    A call returns a coroutine, and running that coroutine is what the
    ``await_*`` attributes record and the await assertions check."""

    __slots__ = ()
    _mock_is_async = True
    locals().update(FUNCTION_ATTRIBUTES)

    def __init__(self, /, *args: Any, **kwargs: Any) -> None:
        # The reference's signature; the await records are made on first use.
        super().__init__(*args, **kwargs)

    if TYPE_CHECKING:
        # The types typeshed gives these (state properties at run time).
        @property
        def await_count(self) -> int: ...
        @await_count.setter
        def await_count(self, value: int) -> None: ...
        @property
        def await_args(self) -> _Call | None: ...
        @await_args.setter
        def await_args(self, value: _Call | None) -> None: ...
        @property
        def await_args_list(self) -> _CallList: ...
        @await_args_list.setter
        def await_args_list(self, value: _CallList) -> None: ...
    else:
        await_count = tally_property("await_count", "await")
        await_args = _state_property("await_args")
        await_args_list = _state_property("await_args_list")

    if sys.version_info < (3, 10):
        # inspect.iscoroutinefunction of 3.9 only accepts objects that pass
        # isinstance(obj, FunctionType), so an unspecced async mock reports
        # the function class there (a mock with an async function spec does
        # so everywhere); type(mock) is unchanged.
        def _mock_core_class(self) -> Any:
            mro = type(self).__mro__
            for klass in mro[mro.index(AsyncMockMixin) + 1 :]:
                found = klass.__dict__.get("__class__")
                if found is not None:
                    return found
            return None

        @property
        def __class__(self) -> Any:  # type: ignore[override]
            found = self._mock_core_class()
            value = type(self) if found is None else found.__get__(self, type(self))
            return FunctionType if value is type(self) else value

        @__class__.setter
        def __class__(self, value: Any) -> None:
            found = self._mock_core_class()
            if found is None:
                raise TypeError("__class__ assignment is not supported here")
            found.__set__(self, value)

        @property
        def __signature__(self) -> Any:
            # Reporting the function class sends 3.9's inspect.signature down
            # its function path, which cannot read ``__annotations__ = None``;
            # it asks ``__signature__`` first, so answer there as 3.10+ would.
            sig = self.__dict__.get("__signature__")
            if sig is None:
                sig = self._spec_signature
            if sig is None:
                sig = _args_kwargs_signature()
            return sig

        @__signature__.setter
        def __signature__(self, value: Any) -> None:
            self.__dict__["__signature__"] = value

    async def _execute_mock_call(self, /, *args: Any, **kwargs: Any) -> Any:
        # Calling this makes the coroutine that the call returns; its body
        # runs (and records the await) only when the coroutine is awaited.
        record = _new_tuple(_Call, (args, kwargs))
        state = self.__dict__
        delegate = self._mock_delegate
        if delegate is None:
            # No lock: each write is one atomic step (see mock_core._tally).
            ticks = state.get(AWAIT_TICKS)
            if ticks is None:
                _bump(state, AWAIT_BASE, AWAIT_TICKS)
            else:
                ticks.append(0)
            state["_mock_await_args"] = record
            awaits = state.get("_mock_await_args_list")
            if awaits is None:
                awaits = state.setdefault("_mock_await_args_list", _CallList())
            awaits.append(record)
            effect = self._mock_side_effect
            if effect is None:
                # The fast path: no side effect, a configured return value.
                ret = self._mock_return_value
                if ret is not DEFAULT:
                    return ret
        else:
            # The function create_autospec wraps around the mock holds plain
            # counts: those need the lock.
            with _lock:
                delegate.await_count += 1
                delegate.await_args = record
                delegate.await_args_list.append(record)
            effect = None
        if effect is None:
            effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                if iscoroutinefunction(effect):
                    result = await effect(*args, **kwargs)
                else:
                    result = effect(*args, **kwargs)
            else:
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine (PEP 479).
                    raise StopAsyncIteration  # noqa: B904
                else:
                    # An exception among the items is raised, not returned.
                    if _is_exception(result):
                        raise result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is DEFAULT:
            # Nothing configured: a wrapped object answers, else the default child.
            wrapped = self._mock_wraps
            if wrapped is not None:
                if iscoroutinefunction(wrapped):
                    return await wrapped(*args, **kwargs)
                return wrapped(*args, **kwargs)
        return self.return_value

    # The core's __call__ goes through _mock_call; making it the coroutine
    # function itself saves a frame per call.
    _mock_call = _execute_mock_call

    def _mock_child_class(self, name: Any) -> Any:
        # The reference's rule for an async mock's children: its synchronous
        # magic methods and the names of its spec are MagicMocks (so that
        # AsyncMock(spec=C).method is no coroutine function), the rest
        # AsyncMocks.  (The spec's own async methods were decided before.)
        if name in _async_method_magics and issubclass(type(self), MagicMock):
            # MagicMock's own rule comes first, as in the reference.
            return AsyncMock
        names = self._mock_names()
        if name in _all_sync_magics or (names and name in names):
            return MagicMock
        return AsyncMock

    def __dir__(self) -> list[str]:
        # The reference keeps the function attributes in the instance dict,
        # where dir() finds them.
        return sorted({*super().__dir__(), *present(self)})

    # -- assertions ---------------------------------------------------------

    def _await_name(self) -> str:
        return self._mock_name or "mock"

    def assert_awaited(self) -> None:
        """Fail unless a coroutine of the mock has been awaited one time or more."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._await_name()} to have been awaited.")

    def assert_awaited_once(self) -> None:
        """Fail unless the mock was awaited exactly one time."""
        count = self.await_count
        if count != 1:
            raise AssertionError(
                f"Expected {self._await_name()} to have been awaited once. Awaited {count} times."
            )

    def assert_awaited_with(self, /, *args: Any, **kwargs: Any) -> None:
        """Fail unless the most recent await had these arguments."""
        this: Any = self
        last = this.await_args
        if last is None:
            expected = this._format_mock_call_signature(args, kwargs)
            raise AssertionError(f"Expected await: {expected}\nNot awaited")
        expected = this._call_matcher(_Call((args, kwargs), two=True))
        actual = this._call_matcher(last)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            # Like the reference, "Actual" shows the last *call*.
            wanted = this._format_mock_call_signature(args, kwargs)
            shown = this._format_mock_call_signature(*this.call_args)
            raise AssertionError(
                f"expected await not found.\nExpected: {wanted}\n  Actual: {shown}"
            ) from cause

    def assert_awaited_once_with(self, /, *args: Any, **kwargs: Any) -> None:
        """Fail unless the mock was awaited one time, with these arguments."""
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args: Any, **kwargs: Any) -> None:
        """Fail unless some await, not only the last, had these arguments."""
        this: Any = self
        expected = this._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [this._call_matcher(c) for c in this.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError(
                f"{this._format_mock_call_signature(args, kwargs)} await not found"
            ) from cause

    def assert_has_awaits(self, calls: Any, any_order: bool = False) -> None:
        """Fail unless ``await_args_list`` contains *calls*.

        By default they must appear one after the other; with *any_order*
        true each must just be there somewhere."""
        this: Any = self
        recorded = this.await_args_list
        cause, missing, _ = _unmatched_calls(this, calls, recorded, any_order)
        if not missing:
            return
        if not any_order:
            if cause is None:
                problem = "Awaits not found."
            else:
                problem = f"Error processing expected awaits.\nErrors: {_errors(missing)}"
            raise AssertionError(
                f"{problem}\nExpected: {_CallList(calls)}\nActual: {recorded}"
            ) from cause
        raise AssertionError(f"{tuple(missing)!r} not all found in await list") from cause

    def assert_not_awaited(self) -> None:
        """Fail unless no coroutine of the mock has been awaited."""
        count = self.await_count
        if count != 0:
            raise AssertionError(
                f"Expected {self._await_name()} to not have been awaited. Awaited {count} times."
            )

    def reset_mock(self, /, *args: Any, **kwargs: Any) -> None:
        """As ``Mock.reset_mock``, and forget the awaits too."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMagicMixin(MagicMixin):
    """The magic methods of AsyncMock: MagicMock's, the async ones included."""

    __slots__ = ()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock for ``async def`` functions: a call returns a coroutine to await.

    Awaiting that coroutine runs ``side_effect`` or returns ``return_value``:

    - a ``side_effect`` function's result is returned (an ``async def`` side
      effect is awaited first); an exception (class or instance) is raised;
      an iterable gives one item per await, then ``StopAsyncIteration``;
    - otherwise ``return_value`` is returned as it is, awaitables included;
    - ``await_count``, ``await_args`` and ``await_args_list`` record the
      awaits in the order they happened (a call never awaited is a call,
      not an await), and the ``assert_awaited*`` methods check them.

    ``inspect.iscoroutinefunction(AsyncMock())`` is true.  Children are
    AsyncMocks, except synchronous magic methods and the synchronous
    methods of a spec, which are MagicMocks.
    """

    __module__ = "mock_async"


register_mock_class(AsyncMock)
