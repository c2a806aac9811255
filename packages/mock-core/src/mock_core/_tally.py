"""Counts that many threads can bump at once without losing one.

``call_count += 1`` reads, adds and writes back: two threads calling one
mock can both read 5 and both write 6.  A lock around it costs more than
the rest of a call.  So a count is held as a base value (what was last set,
0 by default) plus a bytearray that gains one byte per event: ``append`` is
a single C call, atomic under the GIL, and the count is the base plus the
length.  A base that is not an int (anything may be assigned to
``await_count``) is bumped the plain way, with the error ``+ 1`` gives.
(``call_count`` is no tally: from 3.14 a call sets it to the length of
``call_args_list``, which _recorder does under a lock.)
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


def tally_keys(stem: str) -> tuple[str, str]:
    """The instance-dict keys of the count called *stem* (base, ticks)."""
    return f"_mock_{stem}_base", f"_mock_{stem}_ticks"


# The count, the only place its keys are spelled.
AWAIT_BASE, AWAIT_TICKS = tally_keys("await")


def tick(state: dict[str, Any], base_key: str, ticks_key: str) -> None:
    """Add one event to a count."""
    ticks = state.get(ticks_key)
    if ticks is None:
        bump(state, base_key, ticks_key)
    else:
        ticks.append(0)


def bump(state: dict[str, Any], base_key: str, ticks_key: str) -> None:
    """Add one to a count whose ticks do not exist yet (first event after a set)."""
    base = state.get(base_key, 0)
    if type(base) is int:
        # setdefault: a thread that races us here appends to the same array.
        state.setdefault(ticks_key, bytearray()).append(0)
    else:
        state[base_key] = base + 1


def read(state: dict[str, Any], base_key: str, ticks_key: str) -> Any:
    ticks = state.get(ticks_key)
    base = state.get(base_key, 0)
    return base if ticks is None else base + len(ticks)


def write(state: dict[str, Any], base_key: str, ticks_key: str, value: Any) -> None:
    state[base_key] = value
    state.pop(ticks_key, None)


def forget(state: dict[str, Any], base_key: str, ticks_key: str) -> None:
    state.pop(base_key, None)
    state.pop(ticks_key, None)


def tally_property(name: str, stem: str, *, delegated: bool = True) -> property:
    """The ``name`` property of a count kept under *stem*.

    With *delegated*, a mock that has a ``_mock_delegate`` (the function
    ``create_autospec`` builds around it) reads and writes the delegate's.
    """
    base_key, ticks_key = tally_keys(stem)

    if delegated:

        def fget(self: Any) -> Any:
            # read() inlined: this is read after every call by most tests.
            if self._mock_delegate is not None:
                return getattr(self._mock_delegate, name)
            state = self.__dict__
            ticks = state.get(ticks_key)
            if ticks is None:
                return state.get(base_key, 0)
            return state.get(base_key, 0) + len(ticks)

    else:

        def fget(self: Any) -> Any:
            return read(self.__dict__, base_key, ticks_key)

    def fset(self: Any, value: Any) -> None:
        if delegated:
            delegate = self._mock_delegate
            if delegate is not None:
                setattr(delegate, name, value)
                return
        write(self.__dict__, base_key, ticks_key, value)

    return property(fget, fset)
