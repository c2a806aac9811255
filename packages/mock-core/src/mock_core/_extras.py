"""mock_open, seal and ThreadingMock."""

from __future__ import annotations

from _thread import allocate_lock as _allocate_lock

from . import _classes
from ._autospec import _SpecState
from ._base import DEFAULT, sentinel
from ._magicmock import MagicMixin, MagicMock
from ._mock import Mock, NonCallableMock

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ThreadingMock", "mock_open", "seal"]

file_spec: Any = None
open_spec: Any = None


def _to_stream(read_data: Any) -> Any:
    import io

    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


class _OpenFile:
    """What a ``mock_open`` handle reads from, and its side effects.

    A side effect defers to a return value the user set on that method of
    the handle; otherwise it reads the data, as a real file would.
    """

    def __init__(self, handle: Any, read_data: Any, close: Any) -> None:
        self.handle = handle
        self.read_data = read_data
        # Takes exactly what __exit__ is given, so that other calls fail alike.
        self.close = close
        self.stream = _to_stream(read_data)
        # The generator handle.readline takes its lines from (see rewind).
        self.line_source: Any = None

    def _fixed(self, method: str) -> Any:
        return getattr(self.handle, method).return_value

    def lines(self) -> Any:
        fixed = self._fixed("readline")
        if fixed is not None:
            while True:
                yield fixed
        yield from self.stream

    def _readlines_forever(self) -> Any:
        yield from self.lines()
        while True:
            yield self.stream.readline()

    def read(self, *args: Any, **kwargs: Any) -> Any:
        fixed = self._fixed("read")
        return self.stream.read(*args, **kwargs) if fixed is None else fixed

    def readlines(self, *args: Any, **kwargs: Any) -> Any:
        fixed = self._fixed("readlines")
        return self.stream.readlines(*args, **kwargs) if fixed is None else fixed

    def next_line(self) -> Any:
        fixed = self._fixed("readline")
        return next(self.stream) if fixed is None else fixed

    def exit(self, *args: Any) -> None:
        if len(args) == 4 and args[0] is self.handle:
            # contextlib.ExitStack before 3.15 calls type(handle).__exit__ bound
            # to the handle, which a mock receives as one more argument.
            args = args[1:]
        self.close(*args)

    def restart_lines(self) -> None:
        self.line_source = self._readlines_forever()
        self.handle.readline.side_effect = self.line_source

    def rewind(self, *args: Any, **kwargs: Any) -> Any:
        """Side effect of the open mock: each open reads from the start again."""
        self.stream = _to_stream(self.read_data)
        if self.handle.readline.side_effect == self.line_source:
            # Only when the user has not replaced it.
            self.restart_lines()
        return DEFAULT


def _default_specs() -> tuple[Any, Any]:
    # Either may have been set by the user: each is made only if missing.
    global file_spec, open_spec
    if file_spec is None:
        import _io

        file_spec = sorted(set(dir(_io.TextIOWrapper)) | set(dir(_io.BytesIO)))
    if open_spec is None:
        import _io

        open_spec = sorted(set(dir(_io.open)))
    return file_spec, open_spec


def mock_open(mock: Any = None, read_data: Any = "") -> Any:
    """Return a mock to patch in for the builtin ``open``.

    The file handle it returns (also from ``with``) reads *read_data*, a
    ``str`` or ``bytes``, through ``read``, ``readline``, ``readlines`` and
    iteration; each call of the mock starts reading from the beginning
    again.  *mock* is an existing mock to configure; by default a
    ``MagicMock`` specced on the file API is made.
    """
    handle_names, open_names = _default_specs()
    if mock is None:
        mock = MagicMock(name="open", spec=open_names)
    handle = MagicMock(spec=handle_names)

    # Named and placed so that a wrong call's TypeError reads as the reference's.
    def _exit_side_effect(exctype: Any, excinst: Any, exctb: Any) -> None:
        handle.close()

    opened = _OpenFile(handle, read_data, _exit_side_effect)
    handle.configure_mock(
        **{
            "__enter__.return_value": handle,
            "write.return_value": None,
            "read.return_value": None,
            "readline.return_value": None,
            "readlines.return_value": None,
            "read.side_effect": opened.read,
            "readlines.side_effect": opened.readlines,
            "__iter__.side_effect": opened.lines,
            "__next__.side_effect": opened.next_line,
            "__exit__.side_effect": opened.exit,
        }
    )
    opened.restart_lines()
    mock.side_effect = opened.rewind
    mock.return_value = handle
    return mock


def seal(mock: Any) -> None:
    """Stop *mock* from making new children: reading an unknown attribute fails.

    Children that already exist, and mocks assigned as attributes that have
    no name or spec of their own, are sealed as well, recursively.
    """
    mock._mock_sealed = True
    for attr in dir(mock):
        child = getattr(mock, attr, None)
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


def _new_event() -> Any:
    # Only ThreadingMock needs threading: mock_core does not load it on import.
    import threading

    return threading.Event()


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

    def __init__(self, *args: Any, timeout: Any = _timeout_unset, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if timeout is _timeout_unset:
            timeout = self.DEFAULT_TIMEOUT
        state = self.__dict__
        state["_mock_event"] = _new_event()
        state["_mock_calls_events"] = []
        state["_mock_calls_events_lock"] = _allocate_lock()
        state["_mock_wait_timeout"] = timeout

    def reset_mock(self, /, *args: Any, **kwargs: Any) -> None:
        """As ``Mock.reset_mock``; calls already waited for must happen again."""
        super().reset_mock(*args, **kwargs)  # type: ignore[misc]
        self.__dict__["_mock_event"] = _new_event()
        self.__dict__["_mock_calls_events"] = []

    def _mock_event_for(self, expected_args: Any, expected_kwargs: Any) -> Any:
        state = self.__dict__
        with state["_mock_calls_events_lock"]:
            for args, kwargs, event in state["_mock_calls_events"]:
                if (args, kwargs) == (expected_args, expected_kwargs):
                    return event
            event = _new_event()
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
