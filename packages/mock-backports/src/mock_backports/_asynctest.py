"""IsolatedAsyncioTestCase with the behaviour of Python 3.13 on every Python.

3.13 runs asyncSetUp, the test and asyncTearDown in one shared context,
offers enterAsyncContext() and the loop_factory class attribute.  Older
Pythons lack some of that, so they get the class below; 3.13 and later keep
the standard library's.
"""

from __future__ import annotations

import sys
import unittest

__all__ = ["IsolatedAsyncioTestCase"]

if sys.version_info >= (3, 13):
    IsolatedAsyncioTestCase = unittest.IsolatedAsyncioTestCase
else:  # pragma: no cover - runs before 3.13 only; CI measures coverage on 3.13
    import asyncio
    import contextvars
    import types
    import warnings
    from typing import Any, Awaitable, Callable, Coroutine, Generator, Optional

    from ._coroutines import iscoroutinefunction

    @types.coroutine
    def _stepped_in(
        context: contextvars.Context, coro: Coroutine[Any, Any, Any]
    ) -> Generator[Any, Any, Any]:
        """Run *coro* with every step inside *context*, so that its changes stick.

        A task copies the context it starts in; stepping the coroutine by
        hand is how older Pythons share one context between test phases.
        """
        step: Callable[..., Any] = coro.send
        value: Any = None
        while True:
            try:
                yielded = context.run(step, value)
            except StopIteration as stop:
                return stop.value
            try:
                value = yield yielded
                step = coro.send
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:
                value, step = exc, coro.throw

    async def _in_context(context: contextvars.Context, coro: Coroutine[Any, Any, Any]) -> Any:
        return await _stepped_in(context, coro)

    def _cancel_pending(loop: asyncio.AbstractEventLoop) -> None:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        if not pending:
            return
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        for task in pending:
            if not task.cancelled() and task.exception() is not None:
                loop.call_exception_handler(
                    {
                        "message": "unhandled exception during test shutdown",
                        "exception": task.exception(),
                        "task": task,
                    }
                )

    class IsolatedAsyncioTestCase(unittest.TestCase):  # type: ignore[no-redef,unused-ignore]
        """A TestCase whose async phases share one event loop and one context."""

        loop_factory: Optional[Callable[[], asyncio.AbstractEventLoop]] = None

        def __init__(self, methodName: str = "runTest") -> None:
            super().__init__(methodName)
            self._asyncioTestLoop: Optional[asyncio.AbstractEventLoop] = None
            self._asyncioTestContext = contextvars.copy_context()
            self._owns_event_loop = False

        async def asyncSetUp(self) -> None:
            pass

        async def asyncTearDown(self) -> None:
            pass

        def addAsyncCleanup(
            self, func: Callable[..., Awaitable[Any]], /, *args: Any, **kwargs: Any
        ) -> None:
            self.addCleanup(func, *args, **kwargs)

        async def enterAsyncContext(self, cm: Any) -> Any:
            """Enter the async context manager *cm* and register its exit as a cleanup."""
            cls = type(cm)
            try:
                enter = cls.__aenter__
                exit_ = cls.__aexit__
            except AttributeError:
                raise TypeError(
                    f"'{cls.__module__}.{cls.__qualname__}' object does not "
                    f"support the asynchronous context manager protocol"
                ) from None
            result = await enter(cm)
            self.addAsyncCleanup(exit_, cm, None, None, None)
            return result

        # unittest.TestCase calls these hooks around each phase of a test.
        def _callSetUp(self) -> None:
            self._loop()
            self._asyncioTestContext.run(self.setUp)
            self._callAsync(self.asyncSetUp)

        def _callTestMethod(self, method: Callable[[], Any]) -> None:
            if self._callMaybeAsync(method) is not None:
                warnings.warn(
                    "It is deprecated to return a value that is not None from a "
                    f"test case ({method})",
                    DeprecationWarning,
                    stacklevel=4,
                )

        def _callTearDown(self) -> None:
            self._callAsync(self.asyncTearDown)
            self._asyncioTestContext.run(self.tearDown)

        def _callCleanup(self, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
            self._callMaybeAsync(function, *args, **kwargs)

        def _callAsync(self, func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
            assert iscoroutinefunction(func), f"{func!r} is not an async function"
            return self._run(func(*args, **kwargs))

        def _callMaybeAsync(self, func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
            if iscoroutinefunction(func):
                return self._run(func(*args, **kwargs))
            return self._asyncioTestContext.run(func, *args, **kwargs)

        def _loop(self) -> asyncio.AbstractEventLoop:
            loop = self._asyncioTestLoop
            if loop is None:
                if self.loop_factory is None:
                    loop = asyncio.new_event_loop()
                    asyncio.set_event_loop(loop)
                    self._owns_event_loop = True
                else:
                    loop = self.loop_factory()
                loop.set_debug(True)
                self._asyncioTestLoop = loop
            return loop

        def _run(self, coro: Coroutine[Any, Any, Any]) -> Any:
            loop = self._loop()
            return loop.run_until_complete(_in_context(self._asyncioTestContext, coro))

        def _tearDownAsyncioLoop(self) -> None:
            loop = self._asyncioTestLoop
            if loop is None:
                return
            try:
                _cancel_pending(loop)
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                if self._owns_event_loop:
                    asyncio.set_event_loop(None)
                    self._owns_event_loop = False
                loop.close()
                self._asyncioTestLoop = None

        def run(
            self, result: Optional[unittest.TestResult] = None
        ) -> Optional[unittest.TestResult]:
            try:
                return super().run(result)
            finally:
                self._tearDownAsyncioLoop()

        def debug(self) -> None:
            super().debug()
            self._tearDownAsyncioLoop()

        def __del__(self) -> None:
            if self._asyncioTestLoop is not None:
                self._tearDownAsyncioLoop()
