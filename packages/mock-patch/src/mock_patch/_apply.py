"""Running code with a set of patchers active: decorators and unwinding.

A hand-written loop replaces ``contextlib.ExitStack`` here: patch decorators
run around every test call, and the stack costs more than the patching.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Iterable

from ._deps import DEFAULT

__all__ = ["_decorate_async", "_decorate_sync", "_unwind"]


def _unwind(entered: list[Any], exc: BaseException | None) -> bool:
    """Exit ``entered`` patchers, last first, the way an ExitStack would.

    Each ``__exit__`` sees the exception still pending; one returning true
    swallows it.  Returns whether ``exc`` was swallowed; raises any new
    exception an ``__exit__`` raised.
    """
    pending = exc
    try:
        while entered:
            patcher = entered.pop()
            try:
                if pending is None:
                    swallowed = patcher.__exit__(None, None, None)
                else:
                    swallowed = patcher.__exit__(type(pending), pending, pending.__traceback__)
                if swallowed and pending is not None:
                    pending = None
            except BaseException as new_exc:
                if pending is not None and new_exc is not pending:
                    # Keep the original visible as the new one's context.
                    context = new_exc
                    while context.__context__ is not None:
                        if context.__context__ is pending:
                            break
                        context = context.__context__
                    else:
                        context.__context__ = pending
                pending = new_exc
        if pending is not None and pending is not exc:
            raise pending
        return exc is not None and pending is None
    finally:
        # Drop the exception (and with it the frames holding the call's
        # arguments) as soon as we are done with it.
        pending = exc = None


class _Started:
    """The patchers of one decorated call, started for a ``with`` block.

    Making one starts the patchers (if one fails, those already started are
    stopped before the exception propagates) and collects the mocks to pass
    on: keyword ones into ``keywargs`` in place, positional ones added to
    the arguments that ``as`` gives.  Leaving the block stops the patchers;
    an exception one of them swallows ends the call with None.
    """

    __slots__ = ("args", "entered")

    def __init__(
        self, patchings: Iterable[Any], args: tuple[Any, ...], keywargs: dict[str, Any]
    ) -> None:
        entered: list[Any] = []
        extra: list[Any] = []
        try:
            for patching in patchings:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra.append(arg)
        except BaseException as exc:
            _unwind(entered, exc)
            raise
        self.entered = entered
        self.args = args + tuple(extra) if extra else args

    def __enter__(self) -> tuple[Any, ...]:
        return self.args

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> bool:
        return _unwind(self.entered, exc)


def _decorate_sync(func: Callable[..., Any], first: Any) -> Callable[..., Any]:
    """Wrap ``func`` so the patchers in its ``patchings`` are active in calls."""

    @functools.wraps(func)
    def patched(*args: Any, **keywargs: Any) -> Any:
        with _Started(patched.patchings, args, keywargs) as call_args:  # type: ignore[attr-defined]
            return func(*call_args, **keywargs)

    patched.patchings = [first]  # type: ignore[attr-defined]
    return patched


def _decorate_async(func: Callable[..., Any], first: Any) -> Callable[..., Any]:
    """Like :func:`_decorate_sync`, patching while the coroutine runs."""

    @functools.wraps(func)
    async def patched(*args: Any, **keywargs: Any) -> Any:
        with _Started(patched.patchings, args, keywargs) as call_args:  # type: ignore[attr-defined]
            return await func(*call_args, **keywargs)

    patched.patchings = [first]  # type: ignore[attr-defined]
    return patched
