"""The scenarios of the "Faster than the reference" tables (issues 3, 4 and 5).

Each timed scenario has a ``setup(impl, n)`` that prepares, untimed, what one
batch of ``n`` operations needs, and a ``stmt`` that is one operation.  The
``stmt`` is identical for both sides; only the names bound by ``setup`` differ.
"""

from __future__ import annotations

import copy
import gc
import inspect
import os
import re
import subprocess
import sys
from typing import Any, Callable

from .harness import CheckOutcome, Namespace, Scenario
from .impls import Impl, Missing, source_pythonpath
from .subjects import AsyncService, Service

CORE = "mock-core"
ASYNC = "mock-async"
PATCH = "mock-patch"


def _names(impl: Impl, *names: str) -> Namespace:
    return {name: impl.get(name) for name in names}


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


# --- mock-core ----------------------------------------------------------------


def _raises(exception: type[BaseException], function: Callable[[], object]) -> bool:
    try:
        function()
    except exception:
        return True
    return False


# The probes below run once per batch, untimed: they check that the object
# the batch creates really behaves as the scenario needs, so that skipping
# work the reference does cannot pass for speed.


def _setup_mock(impl: Impl, n: int) -> Namespace:
    probe = impl.Mock()
    _expect(probe.called is False and probe.foo is probe.foo, "Mock() is not a working mock")
    return _names(impl, "Mock")


def _setup_magicmock(impl: Impl, n: int) -> Namespace:
    probe = impl.MagicMock()
    _expect(len(probe) == 0 and int(probe) == 1, "MagicMock() lacks its magic methods")
    return _names(impl, "MagicMock")


def _probe_spec(probe: Any, cls: type) -> None:
    _expect(isinstance(probe, cls), "a mock with spec=C is not an instance of C")
    _expect(_raises(AttributeError, lambda: probe.not_in_spec), "spec does not limit attributes")
    _expect(probe.method_44 is probe.method_44, "spec'd attribute missing")


def _setup_mock_spec(impl: Impl, n: int) -> Namespace:
    _probe_spec(impl.Mock(spec=Service), Service)
    return {"Mock": impl.Mock, "C": Service}


def _setup_call(impl: Impl, n: int) -> Namespace:
    return {"m": impl.Mock()}


def _verify_call(ns: Namespace, n: int) -> None:
    m = ns["m"]
    _expect(m.call_count == n, f"call_count {m.call_count} after {n} calls")
    _expect(len(m.call_args_list) == n, "call_args_list does not hold every call")


def _setup_child_call(impl: Impl, n: int) -> Namespace:
    m = impl.Mock()
    _ = m.a.b.c  # children created before timing
    return {"m": m}


def _verify_child_call(ns: Namespace, n: int) -> None:
    m = ns["m"]
    _expect(m.a.b.c.call_count == n, f"child call_count {m.a.b.c.call_count} after {n} calls")
    _expect(len(m.mock_calls) == n, "calls on the child are not recorded through the parents")


def _setup_autospec_class(impl: Impl, n: int) -> Namespace:
    create_autospec = impl.create_autospec
    klass = create_autospec(Service)
    _expect(_raises(TypeError, lambda: klass()), "create_autospec(C)() skips the signature check")
    instance = create_autospec(Service, instance=True)
    _expect(
        _raises(TypeError, lambda: instance.method_00()),
        "create_autospec(C, instance=True).method_00() skips the signature check",
    )
    _expect(_raises(AttributeError, lambda: instance.not_in_spec), "autospec allows any attribute")
    return {"create_autospec": create_autospec, "C": Service}


def _setup_reset(impl: Impl, n: int) -> Namespace:
    mocks = []
    for _ in range(n):
        m = impl.Mock()
        m(1)
        m(2, k=3)
        m.a(1)
        m.a.b(2)
        mocks.append(m)
    return {"mocks": mocks, "nxt": iter(mocks).__next__}


def _verify_reset(ns: Namespace, n: int) -> None:
    for m in ns["mocks"]:
        _expect(m.call_count == 0 and not m.mock_calls, "reset_mock() left calls on the mock")
        _expect(m.a.b.call_count == 0, "reset_mock() left calls on a grandchild")


def _build_mock_with_child(impl: Impl) -> Callable[[], object]:
    mock_class = impl.Mock

    def make() -> object:
        m = mock_class()
        _ = m.foo  # the one child
        return m

    return make


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)\s*$")


def _importtime(module: str) -> tuple[set[str], int]:
    """Modules imported by ``python -X importtime -c "import <module>"`` and its µs."""
    env = dict(os.environ, PYTHONPATH=source_pythonpath())
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        raise ImportError(f"import {module} failed: {lines[-1] if lines else '?'}")
    imported: set[str] = set()
    cumulative = 0
    for line in completed.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            imported.add(match.group(4))
            if match.group(4) == module:
                cumulative = int(match.group(2))
    return imported, cumulative


def _check_import(impl: Impl) -> CheckOutcome:
    import importlib.util

    module = impl.modules[0]
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or spec.origin == "namespace":
        raise Missing(f"{module} is not a regular package yet (no __init__.py)")
    imported, ours_us = _importtime(module)
    _ignored, ref_us = _importtime("unittest.mock")
    asyncio_modules = sorted(m for m in imported if m == "asyncio" or m.startswith("asyncio."))
    if asyncio_modules:
        detail = f"import {module} imports {', '.join(asyncio_modules[:3])}"
        if len(asyncio_modules) > 3:
            detail += f" and {len(asyncio_modules) - 3} more asyncio modules"
    else:
        detail = f"import {module} imports {len(imported)} modules, no asyncio"
    return CheckOutcome(not asyncio_modules, detail, ours=ours_us * 1e-6, ref=ref_us * 1e-6)


# --- a mock's own class, the collector, and the small operations ------------


def _setup_property_mock(impl: Impl, n: int) -> Namespace:
    magic_mock, property_mock = impl.MagicMock, impl.PropertyMock
    a, b = magic_mock(), magic_mock()
    type(a).p = property_mock(return_value=1)
    _expect(a.p == 1, "type(m).p = PropertyMock(return_value=1) does not reach m.p")
    _expect(b.p != 1, "type(a).p = PropertyMock() reaches another mock")
    mocks = [magic_mock() for _ in range(n)]
    return {
        "PropertyMock": property_mock,
        "mocks": mocks,
        "nxt": iter(mocks).__next__,
    }


def _verify_property_mock(ns: Namespace, n: int) -> None:
    for m in ns["mocks"]:
        _expect(vars(type(m))["p"].call_count == 1, "m.p did not read the PropertyMock once")


def _setup_property_mock_new(impl: Impl, n: int) -> Namespace:
    namespace = _setup_property_mock(impl, 0)
    return {"MagicMock": impl.MagicMock, "PropertyMock": namespace["PropertyMock"]}


def _setup_deepcopy(impl: Impl, n: int) -> Namespace:
    m = impl.MagicMock()
    duplicate = copy.deepcopy(m)
    # The reference's copy shares the magic methods of the original's class.
    _expect(duplicate == m and copy.copy(m) == m, "a copy of a MagicMock is not equal to it")
    _expect(duplicate is not m, "deepcopy returned the mock itself")
    return {"deepcopy": copy.deepcopy, "m": m}


def _setup_churn(impl: Impl, n: int) -> Namespace:
    mock_class = impl.Mock
    alive = [mock_class() for _ in range(1000)]
    _expect(len({type(m) for m in alive}) == 1000, "live mocks share a class")
    return {"Mock": mock_class, "alive": alive}


def _setup_gc_collect(impl: Impl, n: int) -> Namespace:
    make = _build_mock_with_child(impl)  # each child is made right after its parent
    alive = [make() for _ in range(10_000)]
    return {"collect": gc.collect, "alive": alive}


def _setup_gc_collect_plain(impl: Impl, n: int) -> Namespace:
    mock_class = impl.Mock
    alive = [mock_class() for _ in range(10_000)]
    return {"collect": gc.collect, "alive": alive}


def _verify_gc_collect(ns: Namespace, n: int) -> None:
    alive = ns["alive"]
    _expect(all(m.foo is m.foo for m in alive[::997]), "a live mock lost its child")


def _setup_called_once(impl: Impl, n: int) -> Namespace:
    m = impl.Mock()
    m(1, 2, k=3)
    return {"m": m, "call": impl.call}


def _verify_called_once(ns: Namespace, n: int) -> None:
    m = ns["m"]
    _expect(m.call_count == 1 and len(m.mock_calls) == 1, "the mock's calls changed")


def _verify_attr_set(ns: Namespace, n: int) -> None:
    _verify_called_once(ns, n)
    _expect(ns["m"].x == 5, "m.x = 5 did not set a plain value")


# --- mock-async ---------------------------------------------------------------


def _setup_asyncmock(impl: Impl, n: int) -> Namespace:
    probe = impl.AsyncMock()
    coroutine = probe()
    _expect(inspect.iscoroutine(coroutine), "calling AsyncMock() does not give a coroutine")
    coroutine.close()
    return _names(impl, "AsyncMock")


def _setup_asyncmock_spec(impl: Impl, n: int) -> Namespace:
    _probe_spec(impl.AsyncMock(spec=AsyncService), AsyncService)
    return {"AsyncMock": impl.AsyncMock, "C": AsyncService}


def _setup_await(impl: Impl, n: int) -> Namespace:
    return {"m": impl.AsyncMock()}


def _verify_await(ns: Namespace, n: int) -> None:
    m = ns["m"]
    _expect(m.await_count == n, f"await_count {m.await_count} after {n} awaits")
    _expect(m.call_count == n, f"call_count {m.call_count} after {n} calls")


async def _use_async_with(cm: Any) -> Any:
    async with cm as entered:
        return entered


def _setup_async_with(impl: Impl, n: int) -> Namespace:
    magic_mock = impl.MagicMock
    # Check once, untimed, that ``async with`` really ran to completion.
    probe = magic_mock()
    try:
        _use_async_with(probe).send(None)
    except StopIteration:
        pass
    else:
        raise AssertionError("async with did not complete without an event loop")
    _expect(probe.__aexit__.await_count == 1, "__aexit__ was not awaited")
    return {"MagicMock": magic_mock, "use": _use_async_with}


def _build_asyncmock(impl: Impl) -> Callable[[], object]:
    async_mock = impl.AsyncMock
    return lambda: async_mock()


# --- mock-patch ---------------------------------------------------------------

_ORIGINALS = {name: getattr(os, name) for name in ("getcwd", "getpid", "listdir")}


def _verify_os_restored(ns: Namespace, n: int) -> None:
    for name, original in _ORIGINALS.items():
        _expect(getattr(os, name) is original, f"os.{name} was not restored")


def _setup_patch(impl: Impl, n: int) -> Namespace:
    return _names(impl, "patch")


_PATCHED_METHOD = "method_00"
_ORIGINAL_METHOD = vars(Service)[_PATCHED_METHOD]


def _setup_patch_object(impl: Impl, n: int) -> Namespace:
    patch_object = impl.patch.object
    with patch_object(Service, _PATCHED_METHOD, autospec=True) as probe:
        Service(1).method_00(1)
        probe.assert_called_once()
    return {"patch_object": patch_object, "C": Service}


def _verify_patch_object(ns: Namespace, n: int) -> None:
    _expect(vars(Service)[_PATCHED_METHOD] is _ORIGINAL_METHOD, "C.method_00 was not restored")


def _setup_decorated(impl: Impl, n: int) -> Namespace:
    patch = impl.patch

    @patch("os.getcwd")
    @patch("os.getpid")
    @patch("os.listdir")
    def test(listdir: Any, getpid: Any, getcwd: Any) -> int:
        return 1

    return {"test": test}


# --- the table ----------------------------------------------------------------

SCENARIOS: list[Scenario] = [
    Scenario("core.mock", CORE, "Mock()", "time", 10, _setup_mock, "Mock()"),
    Scenario("core.magicmock", CORE, "MagicMock()", "time", 15, _setup_magicmock, "MagicMock()"),
    Scenario(
        "core.mock_spec",
        CORE,
        "Mock(spec=C), C with 45 methods",
        "time",
        10,
        _setup_mock_spec,
        "Mock(spec=C)",
    ),
    Scenario(
        "core.call",
        CORE,
        "call m(1, 2, k=3)",
        "time",
        3,
        _setup_call,
        "m(1, 2, k=3)",
        verify=_verify_call,
    ),
    Scenario(
        "core.child_call",
        CORE,
        "call m.a.b.c(1), children exist",
        "time",
        3,
        _setup_child_call,
        "m.a.b.c(1)",
        verify=_verify_child_call,
        note="one fresh parent per batch; calls are recorded through every parent",
    ),
    Scenario(
        "core.child_first_access",
        CORE,
        "Mock().foo (create + first access)",
        "time",
        5,
        _setup_mock,
        "Mock().foo",
        note="one op is creating a Mock and reading one child, which creates the child",
    ),
    Scenario(
        "core.autospec_class",
        CORE,
        "create_autospec(C) + one call",
        "time",
        20,
        _setup_autospec_class,
        "create_autospec(C)(1)",
    ),
    Scenario(
        "core.autospec_instance",
        CORE,
        "create_autospec(C, instance=True) + one method call",
        "time",
        20,
        _setup_autospec_class,
        "create_autospec(C, instance=True).method_00(1)",
    ),
    Scenario(
        "core.reset_mock",
        CORE,
        "reset_mock() with calls recorded",
        "time",
        2,
        _setup_reset,
        "nxt().reset_mock()",
        verify=_verify_reset,
        note="each mock has m(1), m(2, k=3), m.a(1), m.a.b(2) recorded; reset once",
        max_batch=20_000,
        min_rounds=9,
    ),
    Scenario(
        "core.memory_mock",
        CORE,
        "memory: one Mock() with one child",
        "memory",
        # Both sides pay a class per mock (about 2.2 KB on 3.13).
        2,
        build=_build_mock_with_child,
    ),
    Scenario(
        "core.property_mock",
        CORE,
        "type(m).p = PropertyMock(return_value=1); m.p",
        "time",
        1,
        _setup_property_mock,
        """
        m = nxt()
        type(m).p = PropertyMock(return_value=1)
        m.p
        """,
        verify=_verify_property_mock,
        note="a fresh MagicMock per op, created in setup; one op writes to its class and reads",
        max_batch=20_000,
    ),
    Scenario(
        "core.property_mock_new",
        CORE,
        "MagicMock() + type(m).p = PropertyMock(return_value=1); m.p",
        "time",
        1,
        _setup_property_mock_new,
        """
        m = MagicMock()
        type(m).p = PropertyMock(return_value=1)
        m.p
        """,
        note="creation included: a class written to cannot be reused for the next mock",
    ),
    Scenario(
        "core.deepcopy",
        CORE,
        "copy.deepcopy(MagicMock())",
        "time",
        1,
        _setup_deepcopy,
        "deepcopy(m)",
        note="one MagicMock per batch, copied again and again",
    ),
    Scenario(
        "core.churn_live",
        CORE,
        "Mock() created and freed, 1,000 other mocks alive",
        "time",
        # As for Mock() alone: live mocks must not make the class reuse fail.
        10,
        _setup_churn,
        "Mock()",
        note="the 1,000 live mocks hold their classes; each new mock dies at once",
    ),
    Scenario(
        "core.gc_collect",
        CORE,
        "gc.collect() with 10,000 live Mock()s with one child",
        "time",
        1,
        _setup_gc_collect,
        "collect()",
        verify=_verify_gc_collect,
        note="a full collection; what own classes add to the collector's work",
        min_rounds=5,
    ),
    Scenario(
        "core.gc_collect_plain",
        CORE,
        "gc.collect() with 10,000 live plain Mock()s",
        "time",
        1,
        _setup_gc_collect_plain,
        "collect()",
        verify=_verify_gc_collect,
        note="a full collection; the mocks have no child, so their classes weigh most",
        min_rounds=5,
    ),
    Scenario(
        "core.assert_called",
        CORE,
        "m.assert_called(), m called once",
        "time",
        1,
        _setup_called_once,
        "m.assert_called()",
        verify=_verify_called_once,
    ),
    Scenario(
        "core.assert_called_once",
        CORE,
        "m.assert_called_once(), m called once",
        "time",
        1,
        _setup_called_once,
        "m.assert_called_once()",
        verify=_verify_called_once,
    ),
    Scenario(
        "core.read_called",
        CORE,
        "read m.called, m called once",
        "time",
        1,
        _setup_called_once,
        "m.called",
        verify=_verify_called_once,
    ),
    Scenario(
        "core.read_call_count",
        CORE,
        "read m.call_count, m called once",
        "time",
        1,
        _setup_called_once,
        "m.call_count",
        verify=_verify_called_once,
    ),
    Scenario(
        "core.attr_set",
        CORE,
        "m.x = 5, a plain attribute set",
        "time",
        1,
        _setup_called_once,
        "m.x = 5",
        verify=_verify_attr_set,
    ),
    Scenario(
        "core.call_args_eq",
        CORE,
        "m.call_args == call(1, 2, k=3)",
        "time",
        1,
        _setup_called_once,
        "m.call_args == call(1, 2, k=3)",
        verify=_verify_called_once,
        note="the call object is built in the op, as a test writes it",
    ),
    Scenario(
        "core.assert_called_with",
        CORE,
        "m.assert_called_with(1, 2, k=3), m called once",
        "time",
        1,
        _setup_called_once,
        "m.assert_called_with(1, 2, k=3)",
        verify=_verify_called_once,
    ),
    Scenario(
        "core.import_no_asyncio",
        CORE,
        'python -X importtime -c "import mock_core"',
        "check",
        None,
        check=_check_import,
        note="passes when no asyncio module is imported; times are informative",
    ),
    Scenario("async.asyncmock", ASYNC, "AsyncMock()", "time", 20, _setup_asyncmock, "AsyncMock()"),
    Scenario(
        "async.asyncmock_spec",
        ASYNC,
        "AsyncMock(spec=C), C with 45 methods, 15 async",
        "time",
        10,
        _setup_asyncmock_spec,
        "AsyncMock(spec=C)",
    ),
    Scenario(
        "async.await_call",
        ASYNC,
        "call and await an AsyncMock",
        "time",
        3,
        _setup_await,
        """
        try:
            m(1).send(None)
        except StopIteration:
            pass
        """,
        verify=_verify_await,
        note="the coroutine is driven by send(None), no event loop",
    ),
    Scenario(
        "async.async_with",
        ASYNC,
        "MagicMock() + async with once",
        "time",
        5,
        _setup_async_with,
        """
        try:
            use(MagicMock()).send(None)
        except StopIteration:
            pass
        """,
        note="create + async with, driven by send(None), no event loop",
    ),
    Scenario(
        "async.memory_asyncmock",
        ASYNC,
        "memory: one AsyncMock()",
        "memory",
        10,
        build=_build_asyncmock,
    ),
    Scenario(
        "patch.with_patch",
        PATCH,
        "with patch('os.getcwd'): enter + exit",
        "time",
        2,
        _setup_patch,
        """
        with patch("os.getcwd"):
            pass
        """,
        verify=_verify_os_restored,
    ),
    Scenario(
        "patch.object_autospec",
        PATCH,
        "with patch.object(C, 'm', autospec=True), C with 45 methods",
        "time",
        10,
        _setup_patch_object,
        """
        with patch_object(C, "method_00", autospec=True):
            pass
        """,
        verify=_verify_patch_object,
    ),
    Scenario(
        "patch.decorated_three",
        PATCH,
        "call a test decorated with 3 stacked patches",
        "time",
        2,
        _setup_decorated,
        "test()",
        verify=_verify_os_restored,
        note="decorating happens in setup; one op is one call of the decorated test",
    ),
]

GROUP_ALIASES = {"core": CORE, "async": ASYNC, "patch": PATCH}


def select(patterns: list[str] | None) -> list[Scenario]:
    """Scenarios matching any pattern: a name, a group, a prefix or a glob."""
    if not patterns:
        return list(SCENARIOS)
    from fnmatch import fnmatchcase

    chosen = []
    for scenario in SCENARIOS:
        for pattern in patterns:
            group = GROUP_ALIASES.get(pattern, pattern)
            short = scenario.name.split(".", 1)[1]
            if (
                pattern in (scenario.name, short)
                or group == scenario.group
                or fnmatchcase(scenario.name, pattern)
            ):
                chosen.append(scenario)
                break
    return chosen
