"""AsyncMock looks like a coroutine function, built lazily and shared."""

from __future__ import annotations

import asyncio
import inspect
import sys
import types
import unittest

import mock_backports
from ma_support import BOTH, OURS

# The 3.9 stdlib's AsyncMock has no __name__ & co. and its children carry a
# code mock that mock_backports does not accept; mock 5.2.0 (and we) do, so
# the stdlib half of those tests runs on 3.10+ only.
META_LIBS = BOTH if sys.version_info >= (3, 10) else (OURS,)


class CoroutineFunctionTest(unittest.TestCase):
    def test_every_detector_says_coroutine_function(self) -> None:
        """inspect, asyncio and mock_backports all recognise an AsyncMock."""
        m = OURS.AsyncMock()
        self.assertTrue(inspect.iscoroutinefunction(m))
        self.assertTrue(asyncio.iscoroutinefunction(m))
        self.assertTrue(mock_backports.iscoroutinefunction(m))

    def test_async_children_and_magics_are_coroutine_functions(self) -> None:
        """__aenter__/__aexit__/__anext__ and async children are, __aiter__ is not."""
        for lib in META_LIBS:
            m = lib.MagicMock()
            for name in ("__aenter__", "__aexit__", "__anext__"):
                self.assertTrue(mock_backports.iscoroutinefunction(getattr(m, name)), name)
            self.assertFalse(mock_backports.iscoroutinefunction(m.__aiter__))
            self.assertTrue(mock_backports.iscoroutinefunction(lib.AsyncMock().child))

    def test_sync_mocks_are_not_coroutine_functions(self) -> None:
        """Mock and MagicMock are not coroutine functions."""
        for lib in BOTH:
            self.assertFalse(mock_backports.iscoroutinefunction(lib.Mock()))
            self.assertFalse(inspect.iscoroutinefunction(lib.MagicMock()))

    def test_function_attributes_match_reference(self) -> None:
        """__name__, __defaults__, __kwdefaults__, __annotations__ as in the reference."""
        # The 3.9/3.10 stdlib's code mock lacks co_argcount/co_varnames; 5.2.0 wins.
        for lib in BOTH if sys.version_info >= (3, 11) else (OURS,):
            m = lib.AsyncMock()
            self.assertEqual(m.__name__, "AsyncMock", lib.name)
            self.assertEqual(m.__defaults__, (), lib.name)
            self.assertEqual(m.__kwdefaults__, {}, lib.name)
            self.assertIsNone(m.__annotations__, lib.name)
            self.assertEqual(m.__code__.co_argcount, 0, lib.name)
            self.assertEqual(m.__code__.co_varnames, ("args", "kwargs"), lib.name)
            flags = m.__code__.co_flags
            for flag in (inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS):
                self.assertTrue(flags & flag, (lib.name, flag))

    def test_code_is_a_code_mock_of_each_mock(self) -> None:
        """__code__ is a NonCallableMock(spec_set=CodeType) of each mock, as in the reference."""
        for lib in META_LIBS:
            a, b = lib.AsyncMock(), lib.AsyncMock(spec=lambda: None)
            self.assertIs(type(a.__code__).__mro__[1], lib.NonCallableMock, lib.name)
            self.assertIsInstance(a.__code__, types.CodeType)
            self.assertIs(a.__code__, a.__code__)
            self.assertIsNot(a.__code__, b.__code__)
            self.assertEqual(repr(a.__code__).split(" id=")[0], "<NonCallableMock spec_set='code'")
            a.__code__.co_flags = 0
            self.assertFalse(mock_backports.iscoroutinefunction(a))

    def test_function_attributes_in_dir(self) -> None:
        """dir() lists the five function attributes, as the reference's instance dict does."""
        names = ["__annotations__", "__code__", "__defaults__", "__kwdefaults__", "__name__"]
        for lib in META_LIBS:
            m = lib.AsyncMock()
            self.assertEqual([n for n in dir(m) if n in names], names, lib.name)
            del m.__name__
            self.assertNotIn("__name__", dir(m))
            with self.assertRaises(AttributeError):
                m.__name__  # noqa: B018

    def test_nothing_is_stored_at_creation(self) -> None:
        """A fresh AsyncMock stores only its links; the code mock is made on first read."""
        m = OURS.AsyncMock()
        fresh = dict(vars(m))
        self.assertNotIn("__code__", fresh)
        m.__name__  # noqa: B018
        m.await_count  # noqa: B018
        self.assertEqual(vars(m), fresh)
        code = m.__code__
        self.assertEqual(vars(m), {**fresh, "__code__": code})

    def test_kwdefaults_are_per_instance(self) -> None:
        """Mutating one mock's __kwdefaults__ does not touch another's."""
        a, b = OURS.AsyncMock(), OURS.AsyncMock()
        a.__kwdefaults__["x"] = 1
        self.assertEqual(a.__kwdefaults__, {"x": 1})
        self.assertEqual(b.__kwdefaults__, {})

    def test_function_attributes_are_assignable(self) -> None:
        """Assigned function attributes stick to that one mock, as in the reference."""
        for lib in META_LIBS:
            m = lib.AsyncMock()
            m.__name__ = "fetch"
            m.__defaults__ = (1,)
            self.assertEqual((m.__name__, m.__defaults__), ("fetch", (1,)), lib.name)
            self.assertEqual(lib.AsyncMock().__name__, "AsyncMock")

    def test_metadata_survives_spec_set(self) -> None:
        """spec_set does not hide the function attributes."""

        class Service:
            async def fetch(self) -> None:
                return None

        for lib in META_LIBS:
            m = lib.AsyncMock(spec_set=Service)
            self.assertEqual(m.__name__, "AsyncMock", lib.name)
            self.assertTrue(mock_backports.iscoroutinefunction(m))

    def test_class_keeps_its_own_name(self) -> None:
        """The descriptors do not rename the AsyncMock class."""
        self.assertEqual(OURS.AsyncMock.__name__, "AsyncMock")
        self.assertEqual(type(OURS.AsyncMock()).__name__, "AsyncMock")

    def test_signature_is_args_kwargs(self) -> None:
        """inspect.signature of a bare AsyncMock is (*args, **kwargs), as in the reference."""
        # The 3.9/3.10 stdlib cannot give a signature here; mock 5.2.0 wins.
        for lib in BOTH if sys.version_info >= (3, 11) else (OURS,):
            self.assertEqual(str(inspect.signature(lib.AsyncMock())), "(*args, **kwargs)")

    @unittest.skipUnless(sys.version_info < (3, 10), "only 3.9's inspect needs __class__")
    def test_39_reports_function_class_without_spec(self) -> None:
        """On 3.9 an unspecced AsyncMock reports FunctionType as __class__; type() is unchanged."""
        m = OURS.AsyncMock()
        self.assertIs(m.__class__, types.FunctionType)
        # The core gives every instance a private subclass that keeps the name.
        self.assertTrue(issubclass(type(m), OURS.AsyncMock))
        self.assertEqual(type(m).__name__, "AsyncMock")
        self.assertIsInstance(m, OURS.AsyncMock)
        self.assertEqual(repr(m), f"<AsyncMock id='{id(m)}'>")
        self.assertEqual(str(inspect.signature(m)), "(*args, **kwargs)")


if __name__ == "__main__":
    unittest.main()
