"""Measure scenarios on both sides, interleaved, and judge them against targets.

Timing: a scenario's ``stmt`` is compiled into a loop (as :mod:`timeit` does,
so the only overhead is the bare ``for`` loop, the same on both sides).  Each
side is calibrated to a batch size that runs for about ``batch_seconds``; then
the sides alternate batch by batch for ``rounds`` rounds (ours first in even
rounds, the reference first in odd ones), so that machine drift hits both.
A round holds ``samples`` batches of each side, alternating, and keeps each
side's fastest: a batch slowed down by another process on the machine only
makes noise if every sample of the round is hit.  Every round gives a ratio
reference/ours of the time per operation; the result is the median ratio.
``setup`` runs before every batch, untimed, with collections until nothing
is left to collect before and after it; the garbage collector stays enabled
during the batch: collecting the cycles a side creates is part of its
cost.

Memory: :mod:`tracemalloc` counts the bytes still allocated after building
``count`` object graphs and keeping them alive, divided by ``count``; one
graph is built first so that caches filled on first use do not count.
"""

from __future__ import annotations

import gc
import itertools
import statistics
import textwrap
import time
import tracemalloc
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from .impls import Impl, Missing

PASS = "PASS"
FAIL = "FAIL"
MISSING = "MISSING"
ERROR = "ERROR"

#: Exceptions on our side that mean "not implemented (yet)", not "broken".
MISSING_ERRORS = (Missing, ImportError, AttributeError, NotImplementedError)

Namespace = dict[str, Any]


@dataclass(frozen=True)
class Settings:
    rounds: int = 15
    samples: int = 3
    batch_seconds: float = 0.015
    memory_rounds: int = 5
    memory_count: int = 200
    #: Rounds are cut (to the scenario's min_rounds) when they would take longer.
    scenario_budget: float = 10.0


DEFAULT_SETTINGS = Settings()
QUICK_SETTINGS = Settings(
    rounds=5,
    samples=2,
    batch_seconds=0.004,
    memory_rounds=3,
    memory_count=50,
    scenario_budget=1.5,
)


@dataclass(frozen=True)
class CheckOutcome:
    ok: bool
    detail: str
    ours: Optional[float] = None
    ref: Optional[float] = None


@dataclass(frozen=True)
class Scenario:
    """One line of the target tables.

    ``kind`` is ``"time"`` (``setup`` + ``stmt``), ``"memory"`` (``build``
    returns a factory of one object graph) or ``"check"`` (``check`` decides).
    ``target`` is how many times faster (or lighter) ours must be.
    """

    name: str
    group: str
    title: str
    kind: str
    target: Optional[float]
    setup: Optional[Callable[[Impl, int], Namespace]] = None
    stmt: str = ""
    verify: Optional[Callable[[Namespace, int], None]] = None
    build: Optional[Callable[[Impl], Callable[[], object]]] = None
    check: Optional[Callable[[Impl], CheckOutcome]] = None
    note: str = ""
    max_batch: int = 100_000
    #: Rounds kept even past the time budget (when setup is slow, as for reset_mock).
    min_rounds: int = 3


@dataclass
class Result:
    scenario: Scenario
    status: str
    ours: Optional[float] = None
    ref: Optional[float] = None
    ratio: Optional[float] = None
    ratios: list[float] = field(default_factory=list)
    rounds: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == PASS

    def as_dict(self) -> dict[str, Any]:
        s = self.scenario
        return {
            "name": s.name,
            "group": s.group,
            "title": s.title,
            "kind": s.kind,
            "target": s.target,
            "status": self.status,
            "ours": self.ours,
            "reference": self.ref,
            "ratio": self.ratio,
            "ratios": self.ratios,
            "rounds": self.rounds,
            "detail": self.detail,
        }


OURS = "ours"
REFERENCE = "reference"


class SideFailure(Exception):
    """Raised when one side cannot run a scenario; says which side (role) failed."""

    def __init__(self, role: str, impl: Impl, error: BaseException) -> None:
        super().__init__(f"{impl.label}: {type(error).__name__}: {error}")
        self.role = role
        self.error = error


# --- timing -------------------------------------------------------------------


def collect_all(limit: int = 10) -> None:
    """Collect until a pass finds nothing (at most ``limit`` passes).

    One pass is not always enough: an object freed by a weak reference's
    callback during a collection (a class handed back when its mock dies) is
    only found by the next one.  Garbage one side leaves must not be collected
    while the other side is timed.
    """
    for _ in range(limit):
        if not gc.collect():
            return


_LOOP_TEMPLATE = """
def _bench(_n, _ns, _timer, _repeat):
{assign}
    _t0 = _timer()
    for _ in _repeat(None, _n):
{body}
    return _timer() - _t0
"""

_compiled: dict[tuple[str, tuple[str, ...]], Callable[..., float]] = {}


def compile_loop(stmt: str, names: tuple[str, ...]) -> Callable[..., float]:
    """A function running ``stmt`` n times with ``names`` bound as locals."""
    key = (stmt, names)
    try:
        return _compiled[key]
    except KeyError:
        pass
    for name in names:
        if not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"setup names must be public identifiers, got {name!r}")
    assign = "\n".join(f"    {name} = _ns[{name!r}]" for name in names) or "    pass"
    body = textwrap.indent(textwrap.dedent(stmt).strip("\n"), " " * 8)
    namespace: dict[str, Any] = {}
    exec(compile(_LOOP_TEMPLATE.format(assign=assign, body=body), "<bench>", "exec"), namespace)
    function: Callable[..., float] = namespace["_bench"]
    _compiled[key] = function
    return function


class _TimedSide:
    def __init__(self, scenario: Scenario, impl: Impl, role: str) -> None:
        assert scenario.setup is not None
        self.role = role
        self.scenario = scenario
        self.setup = scenario.setup
        self.impl = impl
        self.n = 1
        self.last_batch = 0.0
        self.last_setup = 0.0

    def batch(self, n: int) -> float:
        """Run one batch of ``n`` operations; return the seconds per operation."""
        try:
            collect_all()  # the previous batch's garbage, so setup starts from a clean heap
            start = time.perf_counter()
            namespace = self.setup(self.impl, n)
            self.last_setup = time.perf_counter() - start
            loop = compile_loop(self.scenario.stmt, tuple(sorted(namespace)))
            collect_all()
            elapsed = loop(n, namespace, time.perf_counter, itertools.repeat)
            if self.scenario.verify is not None:
                self.scenario.verify(namespace, n)
        except Exception as exc:
            raise SideFailure(self.role, self.impl, exc) from exc
        del namespace
        self.last_batch = elapsed
        return elapsed / n

    def calibrate(self, target_seconds: float) -> None:
        n = 1
        while True:
            self.batch(n)
            elapsed = self.last_batch
            if elapsed >= target_seconds or n >= self.scenario.max_batch:
                break
            grow = target_seconds / elapsed * 1.2 if elapsed > 0 else 100.0
            n = min(self.scenario.max_batch, max(n * 2, int(n * min(grow, 1000.0))))
        self.n = n


def _rounds_within_budget(settings: Settings, per_round: float, floor: int) -> int:
    if per_round <= 0:
        return settings.rounds
    fitting = int(settings.scenario_budget / per_round)
    return max(min(floor, settings.rounds), min(settings.rounds, fitting))


def run_time(scenario: Scenario, ours: Impl, ref: Impl, settings: Settings) -> Result:
    our_side = _TimedSide(scenario, ours, OURS)
    ref_side = _TimedSide(scenario, ref, REFERENCE)
    # Ours first: a missing feature is reported before spending time on the reference.
    our_side.calibrate(settings.batch_seconds)
    ref_side.calibrate(settings.batch_seconds)
    samples = max(1, settings.samples)
    per_round = samples * sum(s.last_batch + s.last_setup for s in (our_side, ref_side))
    rounds = _rounds_within_budget(settings, per_round, scenario.min_rounds)
    our_times: list[float] = []
    ref_times: list[float] = []
    ratios: list[float] = []
    for index in range(rounds):
        first, second = (our_side, ref_side) if index % 2 == 0 else (ref_side, our_side)
        best = {first: float("inf"), second: float("inf")}
        for _sample in range(samples):
            for side in (first, second):
                best[side] = min(best[side], side.batch(side.n))
        ours_op = best[our_side]
        ref_op = best[ref_side]
        our_times.append(ours_op)
        ref_times.append(ref_op)
        ratios.append(ref_op / ours_op if ours_op > 0 else float("inf"))
    return _judge(
        scenario,
        statistics.median(our_times),
        statistics.median(ref_times),
        ratios,
        rounds,
        detail=f"batches of {our_side.n} (ours) and {ref_side.n} (reference) ops",
    )


# --- memory -------------------------------------------------------------------


def bytes_per_graph(factory: Callable[[], object], count: int) -> float:
    """Bytes still allocated per object graph after building ``count`` of them."""
    keep: list[object] = [None] * count
    factory()  # caches filled on first use are not a per-object cost
    collect_all()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index in range(count):
            keep[index] = factory()
        collect_all()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del keep
    return (after - before) / count


def run_memory(scenario: Scenario, ours: Impl, ref: Impl, settings: Settings) -> Result:
    assert scenario.build is not None
    sides = {OURS: ours, REFERENCE: ref}
    factories = {}
    for role, impl in sides.items():
        try:
            factories[role] = scenario.build(impl)
            bytes_per_graph(factories[role], 1)
        except Exception as exc:
            raise SideFailure(role, impl, exc) from exc
    our_sizes: list[float] = []
    ref_sizes: list[float] = []
    ratios: list[float] = []
    count = settings.memory_count
    for index in range(settings.memory_rounds):
        order = (OURS, REFERENCE) if index % 2 == 0 else (REFERENCE, OURS)
        sizes = {}
        for role in order:
            try:
                sizes[role] = bytes_per_graph(factories[role], count)
            except Exception as exc:
                raise SideFailure(role, sides[role], exc) from exc
        our_sizes.append(sizes[OURS])
        ref_sizes.append(sizes[REFERENCE])
        ratios.append(sizes[REFERENCE] / sizes[OURS] if sizes[OURS] > 0 else 0.0)
    return _judge(
        scenario,
        statistics.median(our_sizes),
        statistics.median(ref_sizes),
        ratios,
        settings.memory_rounds,
        detail=f"{count} graphs kept alive per measurement",
    )


# --- checks -------------------------------------------------------------------


def run_check(scenario: Scenario, ours: Impl, ref: Impl, settings: Settings) -> Result:
    assert scenario.check is not None
    try:
        outcome = scenario.check(ours)
    except Exception as exc:
        raise SideFailure(OURS, ours, exc) from exc
    ratio = None
    if outcome.ours and outcome.ref:
        ratio = outcome.ref / outcome.ours
    return Result(
        scenario,
        PASS if outcome.ok else FAIL,
        ours=outcome.ours,
        ref=outcome.ref,
        ratio=ratio,
        rounds=1,
        detail=outcome.detail,
    )


# --- judging --------------------------------------------------------------------


def _judge(
    scenario: Scenario,
    ours: float,
    ref: float,
    ratios: list[float],
    rounds: int,
    detail: str,
) -> Result:
    ratio = statistics.median(ratios)
    target = scenario.target
    status = PASS if target is None or ratio >= target else FAIL
    return Result(scenario, status, ours, ref, ratio, ratios, rounds, detail)


_RUNNERS = {"time": run_time, "memory": run_memory, "check": run_check}


def run_scenario(scenario: Scenario, ours: Impl, ref: Impl, settings: Settings) -> Result:
    """Run one scenario; failures become MISSING or ERROR results, never exceptions."""
    runner = _RUNNERS[scenario.kind]
    try:
        return runner(scenario, ours, ref, settings)
    except SideFailure as failure:
        error = failure.error
        if failure.role == OURS and isinstance(error, MISSING_ERRORS):
            kind = "" if isinstance(error, Missing) else f"{type(error).__name__}: "
            return Result(scenario, MISSING, detail=f"{kind}{error}")
        return Result(scenario, ERROR, detail=str(failure))
    finally:
        collect_all()
