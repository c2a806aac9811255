"""mock_open, seal and ThreadingMock."""

from __future__ import annotations

import threading
from typing import Any

from . import _classes
from ._autospec import _SpecState
from ._base import DEFAULT, sentinel
from ._magicmock import MagicMixin, MagicMock
from ._mock import Mock, NonCallableMock

__all__ = ["ThreadingMock", "mock_open", "seal"]

file_spec: Any = None
open_spec: Any = None


def _to_stream(read_data: Any) -> Any:
    import io

    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock: Any = None, read_data: Any = "") -> Any:
    """Return a mock to patch in for the builtin ``open``.

    The file handle it returns (also from ``with``) reads *read_data*, a
    ``str`` or ``bytes``, through ``read``, ``readline``, ``readlines`` and
    iteration; each call of the mock starts reading from the beginning
    again.  *mock* is an existing mock to configure; by default a
    ``MagicMock`` specced on the file API is made.
    """
    global file_spec, open_spec
    # state[0]: the stream being read; state[1]: the readline generator.
    state: list[Any] = [_to_stream(read_data), None]

    def lines_from_readline_or_stream() -> Any:
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        yield from state[0]

    def readline_effect(*args: Any, **kwargs: Any) -> Any:
        yield from lines_from_readline_or_stream()
        while True:
            yield state[0].readline(*args, **kwargs)

    def read_effect(*args: Any, **kwargs: Any) -> Any:
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args: Any, **kwargs: Any) -> Any:
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def next_effect() -> Any:
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    def _exit_side_effect(exctype: Any, excinst: Any, exctb: Any) -> None:
        handle.close()

    def exit_effect(*args: Any) -> None:
        if len(args) == 4 and args[0] is handle:
            # contextlib.ExitStack before 3.15 calls type(handle).__exit__ bound
            # to the handle, which a mock receives as one more argument.
            args = args[1:]
        _exit_side_effect(*args)

    if file_spec is None:
        import _io

        file_spec = list(set(dir(_io.TextIOWrapper)).union(set(dir(_io.BytesIO))))
    if open_spec is None:
        import _io

        open_spec = list(set(dir(_io.open)))
    if mock is None:
        mock = MagicMock(name="open", spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = lines_from_readline_or_stream
    handle.__next__.side_effect = next_effect
    handle.__exit__.side_effect = exit_effect

    def reset_data(*args: Any, **kwargs: Any) -> Any:
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            # Only when the user has not replaced it.
            state[1] = readline_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock: Any) -> None:
    """Stop *mock* from making new children: reading an unknown attribute fails.

    Children that already exist, and mocks assigned as attributes that have
    no name or spec of their own, are sealed as well, recursively.
    """
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if _spec_state_pending(child, attr):
            continue
        if child._mock_new_parent is mock:
            seal(child)


def _spec_state_pending(mock: Any, attr: str) -> bool:
    """Whether ``mock.attr`` is an autospecced attribute not yet resolved.

    The reference stops sealing there (it would recurse forever into
    self-similar specs such as ``(0).real``).
    """
    found = mock._mock_children.get(attr)
    if isinstance(found, _SpecState):
        return True
    if found is not None or mock._mock_autospec is None:
        return False
    return bool(mock._mock_autospec.entry_is_state(mock, attr))


_timeout_unset = sentinel.TIMEOUT_UNSET


class ThreadingMixin(MagicMixin):
    """What lets a mock be waited for from another thread (see ThreadingMock)."""

    __slots__ = ()
    # A type comment: mock classes have no __annotations__ (see _mock.Base).
    DEFAULT_TIMEOUT = None  # type: Any

    def _get_child_mock(self, /, **kw: Any) -> Any:
        if isinstance(kw.get("parent"), ThreadingMixin):
            kw["timeout"] = kw["parent"]._mock_wait_timeout
        elif isinstance(kw.get("_new_parent"), ThreadingMixin):
            kw["timeout"] = kw["_new_parent"]._mock_wait_timeout
        return super()._get_child_mock(**kw)  # type: ignore[misc]

    def __init__(self, /, *args: Any, timeout: Any = _timeout_unset, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if timeout is _timeout_unset:
            timeout = self.DEFAULT_TIMEOUT
        state = self.__dict__
        state["_mock_event"] = threading.Event()
        state["_mock_calls_events"] = []
        state["_mock_calls_events_lock"] = threading.Lock()
        state["_mock_wait_timeout"] = timeout

    def reset_mock(self, /, *args: Any, **kwargs: Any) -> None:
        """As ``Mock.reset_mock``; calls already waited for must happen again."""
        super().reset_mock(*args, **kwargs)  # type: ignore[misc]
        self.__dict__["_mock_event"] = threading.Event()
        self.__dict__["_mock_calls_events"] = []

    def _mock_event_for(self, expected_args: Any, expected_kwargs: Any) -> Any:
        state = self.__dict__
        with state["_mock_calls_events_lock"]:
            for args, kwargs, event in state["_mock_calls_events"]:
                if (args, kwargs) == (expected_args, expected_kwargs):
                    return event
            event = threading.Event()
            state["_mock_calls_events"].append((expected_args, expected_kwargs, event))
        return event

    def _mock_call(self, /, *args: Any, **kwargs: Any) -> Any:
        result = super()._mock_call(*args, **kwargs)  # type: ignore[misc]
        self._mock_event_for(args, kwargs).set()
        self.__dict__["_mock_event"].set()
        return result

    def wait_until_called(self, *, timeout: Any = _timeout_unset) -> None:
        """Block until the mock has been called, or fail after *timeout* seconds.

        *timeout* defaults to the one given to the constructor; ``None`` waits
        for as long as it takes.
        """
        if timeout is _timeout_unset:
            timeout = self.__dict__["_mock_wait_timeout"]
        if not self.__dict__["_mock_event"].wait(timeout=timeout):
            name = self._mock_name or "mock"  # type: ignore[attr-defined]
            raise AssertionError(f"{name} was not called before timeout({timeout}).")

    def wait_until_any_call_with(self, *args: Any, **kwargs: Any) -> None:
        """Block until a call with these arguments has happened, or fail.

        Waits at most the constructor's *timeout* (``None``: no limit).
        """
        event = self._mock_event_for(args, kwargs)
        if not event.wait(timeout=self.__dict__["_mock_wait_timeout"]):
            expected = self._format_mock_call_signature(args, kwargs)  # type: ignore[attr-defined]
            raise AssertionError(f"{expected} call not found")


class ThreadingMock(ThreadingMixin, Mock):
    """A ``MagicMock`` that a test can wait on while other threads call it.

    *timeout* (seconds) bounds each wait of this mock and its children; it
    defaults to the class attribute ``DEFAULT_TIMEOUT``, which is ``None``:
    wait without limit.
    """

    __slots__ = ()


_classes.register(ThreadingMock)
