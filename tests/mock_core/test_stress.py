"""Stress tests: class writes from many threads, and what autospec and spec keep alive.

Each scenario runs against mock_core and unittest.mock: the reference gives
0 wrong reads and keeps nothing alive, so ours must do the same.  When an
object survives, the failure names the module-level variable that holds it.
"""

from __future__ import annotations

import gc
import sys
import threading
import types
import weakref

import pytest
from support.differential import LIBRARIES, LIBRARY_IDS, OURS, STDLIB

LIBS = pytest.mark.parametrize("lib", LIBRARIES, ids=LIBRARY_IDS)

THREADS = 8
ROUNDS = 300  # per thread: 2,400 PropertyMock reads and 2,400 plain reads in all


def collect() -> None:
    """Collect until nothing is left: a weakref callback can free more for the next pass."""
    for _ in range(10):
        if not gc.collect():
            return


def _module_variable(container: object) -> str | None:
    """``module.name`` when container is a module's __dict__ or a value bound in one."""
    for name, module in list(sys.modules.items()):
        namespace = getattr(module, "__dict__", None)
        if namespace is None:
            continue
        if container is namespace:
            return f"{name}.__dict__"
        for key, value in list(namespace.items()):
            if value is container:
                return f"{name}.{key}"
    return None


def holder(obj: object, ignore: list[object], depth: int = 8) -> str:
    """The chain of referrers from a module-level variable down to obj, or why none is found.

    A breadth-first walk up gc.get_referrers(), skipping frames and the
    test's own bookkeeping (``ignore``).
    """
    ignored = {id(x) for x in ignore}
    seen = {id(obj)}
    objects: list[object] = [obj]
    paths: list[list[str]] = [[type(obj).__name__]]
    for _ in range(depth):
        ignored.add(id(objects))
        next_objects: list[object] = []
        next_paths: list[list[str]] = []
        ignored.add(id(next_objects))
        for target, path in zip(objects, paths):
            for referrer in gc.get_referrers(target):
                if id(referrer) in seen or id(referrer) in ignored:
                    continue
                if isinstance(referrer, types.FrameType):
                    continue
                seen.add(id(referrer))
                name = _module_variable(referrer)
                if name is not None:
                    return " <- ".join([*path, name])
                next_objects.append(referrer)
                next_paths.append([*path, type(referrer).__name__])
        if not next_objects:
            return " <- ".join(paths[0]) + " (no module-level holder found)"
        objects, paths = next_objects, next_paths
    return f"{type(obj).__name__}: no module-level holder within {depth} steps"


def assert_all_dead(refs: list[weakref.ref], what: str) -> None:
    """Every weak reference is dead after a full collection; else name what holds one."""
    collect()
    alive = [r() for r in refs if r() is not None]
    if alive:
        first = alive[0]
        path = holder(first, ignore=[alive, refs])
        del first
        pytest.fail(f"{len(alive)} of {len(refs)} {what} still alive; the first is held by {path}")


@LIBS
def test_class_writes_from_8_threads_reach_only_their_mock(lib):
    """8 threads writing to type(m) of fresh mocks read back only their own values, 0 wrong."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    barrier = threading.Barrier(THREADS, timeout=60)
    wrong: list[tuple[str, object, object]] = []
    reads: list[int] = []

    def work(index: int) -> None:
        try:
            reads.append(rounds(index))
        except Exception as exc:  # reported with the wrong reads
            wrong.append(("an exception", index, exc))

    def rounds(index: int) -> int:
        barrier.wait()
        count = 0
        for k in range(ROUNDS):
            value = (index, k)
            m = lib.MagicMock()
            type(m).p = lib.PropertyMock(return_value=value)
            got = m.p
            if got is not value:
                wrong.append(("MagicMock().p", value, got))
            plain = lib.Mock()
            type(plain).x = value
            got = plain.x
            if got is not value:
                wrong.append(("Mock().x", value, got))
            count += 2
            del m, plain
            # A class written to must not come back for a later mock.
            fresh, fresh_plain = lib.MagicMock(), lib.Mock()
            if "p" in vars(type(fresh)) or "x" in vars(type(fresh_plain)):
                wrong.append(("a fresh mock's class", value, dict(vars(type(fresh)))))
        return count

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert sum(reads) == THREADS * ROUNDS * 2 == 4800
    assert wrong == []


def live_counts() -> tuple[int, int]:
    """(memory blocks allocated, objects the collector tracks) after a full collection."""
    collect()
    return sys.getallocatedblocks(), len(gc.get_objects())


# The reference takes 2.5 to 5 ms per class: it does 500, to keep the test short.
@pytest.mark.parametrize(
    "lib, count",
    [pytest.param(OURS, 10_000, id="ours"), pytest.param(STDLIB, 500, id="unittest.mock")],
)
def test_autospec_of_10000_dynamic_classes_leaves_memory_at_its_start(lib, count):
    """create_autospec of 10,000 classes made by type() and dropped: none alive, memory back."""

    def one(i: int) -> weakref.ref:
        cls = type(f"C{i}", (), {"meth": lambda self, x: x, "attr": 1})
        klass = lib.create_autospec(cls)
        instance = klass()
        instance.meth(1)
        assert instance.meth.call_count == 1 and instance.attr is not None
        return weakref.ref(cls)

    # First-use costs are not a leak: lazy imports, and the idle classes mock_core
    # keeps for reuse (at most 64 of each kind; filled as mocks die in bulk).
    for i in range(count // 10):
        one(i)
    # Two batches: a leak grows memory in each; a one-off (a cache of the test
    # runner, another test's leftovers collected late) in one only.
    growth = []
    for batch in range(2):
        refs: list[weakref.ref] = []
        blocks, objects = live_counts()
        refs.extend(one(batch * count + i) for i in range(count))
        assert_all_dead(refs, "autospecced classes")
        del refs
        blocks_after, objects_after = live_counts()
        growth.append((blocks_after - blocks, objects_after - objects))
    # A class left alive holds about 70 memory blocks and 40 tracked objects; the
    # bounds leave room for the idle classes filling up, not for 1 block per class.
    grown = tuple(map(min, zip(*growth)))
    assert grown[0] < count // 2 and grown[1] < count // 5, (
        f"{grown[0]} memory blocks and {grown[1]} tracked objects still held"
    )


def _closure(i: int):
    def function(a, b=i, *, c=None):
        return a + b

    return function


@LIBS
def test_autospec_of_2000_closures_keeps_none_alive(lib):
    """create_autospec of 2,000 closures, each called once and dropped: no closure stays alive."""
    refs = []
    for i in range(2000):
        function = _closure(i)
        spec = lib.create_autospec(function)
        spec(1, c=2)
        spec.assert_called_once_with(1, c=2)
        refs.append(weakref.ref(function))
        del function, spec
    assert_all_dead(refs, "closures")


class Payload:
    """An instance carrying 10 KB, used as a spec."""

    kind = "payload"

    def __init__(self) -> None:
        self.data = bytearray(10_000)

    def meth(self, x):
        return x


@LIBS
def test_500_specced_instances_with_payloads_keep_none_alive(lib):
    """Mock(spec=obj) and create_autospec(obj) of 500 instances with 10 KB each: none alive."""
    refs = []
    for _ in range(500):
        obj = Payload()
        m = lib.Mock(spec=obj)
        m.meth(1)
        auto = lib.create_autospec(obj)
        auto.meth(2)
        assert m.meth.call_count == auto.meth.call_count == 1 and isinstance(m, Payload)
        refs.append(weakref.ref(obj))
        del obj, m, auto
    assert_all_dead(refs, "spec'd instances")


@LIBS
def test_1000_magicmock_subclasses_instantiated_keep_none_alive(lib):
    """1,000 classes type('S', (MagicMock,), {}), each instantiated and used once: none alive."""
    refs = []
    for i in range(1000):
        subclass = type("S", (lib.MagicMock,), {})
        m = subclass()
        m.foo(i)
        assert len(m) == 0 and m.foo.call_count == 1 and isinstance(m, subclass)
        refs.append(weakref.ref(subclass))
        del subclass, m
    assert_all_dead(refs, "MagicMock subclasses")
