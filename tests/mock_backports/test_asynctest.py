"""IsolatedAsyncioTestCase behaves as Python 3.13's on every supported Python."""

from __future__ import annotations

import asyncio
import contextvars
import unittest
import warnings

import pytest
from mock_backports import IsolatedAsyncioTestCase, set_event_loop_policy
from support.reference_facts import stdlib_matches

VAR = contextvars.ContextVar("VAR", default="unset")


def run_case(case_class, name="test_it"):
    result = unittest.TestResult()
    case = case_class(name)
    case.run(result)
    return case, result


def test_stdlib_class_is_used_where_it_already_behaves_as_313():
    """On 3.13+ the class is the standard library's; before, our own."""
    if stdlib_matches("isolated_asyncio_test_case"):
        assert IsolatedAsyncioTestCase is unittest.IsolatedAsyncioTestCase
    else:
        assert IsolatedAsyncioTestCase.__module__ == "mock_backports"
        assert issubclass(IsolatedAsyncioTestCase, unittest.TestCase)


def test_setup_test_and_teardown_share_one_context():
    """A context variable set in asyncSetUp is seen by the test and by asyncTearDown."""
    seen = []

    class Case(IsolatedAsyncioTestCase):
        def setUp(self):
            VAR.set("setUp")

        async def asyncSetUp(self):
            seen.append(VAR.get())
            VAR.set("asyncSetUp")

        async def test_it(self):
            seen.append(VAR.get())
            VAR.set("test")

        def tearDown(self):
            seen.append(VAR.get())

        async def asyncTearDown(self):
            seen.append(VAR.get())
            VAR.set("asyncTearDown")

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert seen == ["setUp", "asyncSetUp", "test", "asyncTearDown"]
    assert VAR.get() == "unset"


def test_order_of_phases_and_async_cleanups():
    """Phases run in order and async cleanups run last-in first-out, awaited."""
    events = []

    class Case(IsolatedAsyncioTestCase):
        async def asyncSetUp(self):
            events.append("asyncSetUp")
            self.addAsyncCleanup(self.cleanup, "first")
            self.addAsyncCleanup(self.cleanup, "second")
            self.addCleanup(events.append, "sync cleanup")

        async def cleanup(self, label):
            await asyncio.sleep(0)
            events.append(f"cleanup {label}")

        async def test_it(self):
            events.append("test")

        async def asyncTearDown(self):
            events.append("asyncTearDown")

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert events == [
        "asyncSetUp", "test", "asyncTearDown", "sync cleanup", "cleanup second", "cleanup first",
    ]  # fmt: skip


def test_enter_async_context_returns_aenter_result_and_exits_at_cleanup():
    """enterAsyncContext gives __aenter__'s result and schedules __aexit__ as a cleanup."""
    events = []

    class Resource:
        async def __aenter__(self):
            events.append("enter")
            return "value"

        async def __aexit__(self, *exc):
            events.append(("exit", exc))

    class Case(IsolatedAsyncioTestCase):
        async def test_it(self):
            events.append(await self.enterAsyncContext(Resource()))

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert events == ["enter", "value", ("exit", (None, None, None))]


def test_enter_async_context_refuses_a_non_context_manager():
    """An object without __aenter__/__aexit__ gets 3.13's TypeError message."""
    messages = []

    class Case(IsolatedAsyncioTestCase):
        async def test_it(self):
            with self.assertRaises(TypeError) as caught:
                await self.enterAsyncContext(object())
            messages.append(str(caught.exception))

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert messages == [
        "'builtins.object' object does not support the asynchronous context manager protocol"
    ]


def test_loop_factory_builds_the_loop():
    """The loop_factory class attribute supplies the event loop the test runs on."""
    made = []

    def factory():
        loop = asyncio.new_event_loop()
        made.append(loop)
        return loop

    running = []

    class Case(IsolatedAsyncioTestCase):
        loop_factory = staticmethod(factory)

        async def test_it(self):
            running.append(asyncio.get_running_loop())

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert running == made and len(made) == 1
    assert made[0].is_closed()


def test_loop_is_closed_and_async_generators_shut_down_after_each_test():
    """After a test its loop is closed and unfinished async generators are finalised."""
    loops, finalised = [], []

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            finalised.append(True)

    class Case(IsolatedAsyncioTestCase):
        async def test_it(self):
            loops.append(asyncio.get_running_loop())
            self.gen = agen()
            await self.gen.__anext__()

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert loops[0].is_closed()
    assert finalised == [True]


def test_pending_tasks_are_cancelled_after_the_test():
    """A task left running by the test is cancelled when the test's loop shuts down."""
    cancelled = []

    async def forever():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    class Case(IsolatedAsyncioTestCase):
        async def test_it(self):
            self.task = asyncio.ensure_future(forever())
            await asyncio.sleep(0)

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert cancelled == [True]


def test_failures_and_errors_are_reported():
    """A failing assertion is a failure and an exception an error, as in TestCase."""

    class Case(IsolatedAsyncioTestCase):
        async def test_fail(self):
            self.assertEqual(1, 2)

        async def test_error(self):
            raise RuntimeError("boom")

    _, failed = run_case(Case, "test_fail")
    _, errored = run_case(Case, "test_error")
    assert len(failed.failures) == 1 and "AssertionError: 1 != 2" in failed.failures[0][1]
    assert len(errored.errors) == 1 and "RuntimeError: boom" in errored.errors[0][1]


def test_sync_test_methods_run_in_the_shared_context():
    """A plain def test sees what asyncSetUp put in the context."""
    seen = []

    class Case(IsolatedAsyncioTestCase):
        async def asyncSetUp(self):
            VAR.set("from asyncSetUp")

        def test_it(self):
            seen.append(VAR.get())

    _, result = run_case(Case)
    assert result.wasSuccessful(), result.errors + result.failures
    assert seen == ["from asyncSetUp"]


def test_returning_a_value_from_a_test_warns():
    """A test returning something other than None gets 3.13's DeprecationWarning."""

    class Case(IsolatedAsyncioTestCase):
        async def test_it(self):
            return 1

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_case(Case)
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    # "in", not startswith: from 3.14 the stdlib's class, which is ours there,
    # warns with its message wrapped in a tuple.
    assert any("It is deprecated to return a value that is not None" in m for m in messages)


def test_set_event_loop_policy_sets_without_deprecation_warning():
    """set_event_loop_policy installs the policy and warns about nothing."""
    # From 3.14 asyncio.get_event_loop_policy() itself is deprecated.
    get_policy = getattr(asyncio.events, "_get_event_loop_policy", asyncio.get_event_loop_policy)
    new_policy = type(get_policy())()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        set_event_loop_policy(new_policy)
        try:
            assert get_policy() is new_policy
        finally:
            set_event_loop_policy(None)


@pytest.mark.parametrize("name", ["IsolatedAsyncioTestCase", "set_event_loop_policy"])
def test_lazy_names_are_listed(name):
    """The names loaded on first use are in __all__ and dir()."""
    import mock_backports

    assert name in mock_backports.__all__
    assert name in dir(mock_backports)


def test_unknown_attribute_raises_attribute_error():
    """A missing name gives the usual module AttributeError message."""
    import mock_backports

    with pytest.raises(AttributeError) as caught:
        mock_backports.nothing_here  # noqa: B018
    assert str(caught.value) == "module 'mock_backports' has no attribute 'nothing_here'"
