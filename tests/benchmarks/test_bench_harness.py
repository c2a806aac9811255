"""Smoke tests of the benchmark harness (benchmarks/run.py): it runs, reports, judges.

No timing is asserted; the harness is exercised with unittest.mock on both
sides (the MOCK_BENCH_SELFTEST mode) and tiny repeat counts.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
import weakref
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BENCH = ROOT / "benchmarks"

sys.path.insert(0, str(BENCH))

from mockbench import harness, scenarios  # noqa: E402
from mockbench.impls import Impl, reference  # noqa: E402

TINY = harness.Settings(
    rounds=2, batch_seconds=0.0005, memory_rounds=1, memory_count=3, scenario_budget=0.5
)


def _scenario(name: str) -> harness.Scenario:
    (found,) = [s for s in scenarios.SCENARIOS if s.name == name]
    return found


def test_selftest_time_scenario_reports_a_ratio():
    """A timed scenario with unittest.mock on both sides yields times, a ratio and a verdict."""
    unreachable = replace(_scenario("core.call"), target=1e6)
    result = harness.run_scenario(unreachable, reference(), reference(), TINY)
    assert result.status == harness.FAIL
    assert result.ours is not None and result.ours > 0
    assert result.ref is not None and result.ref > 0
    assert result.ratio is not None and result.ratio > 0
    assert len(result.ratios) == result.rounds >= 2


def test_selftest_memory_scenario_measures_bytes():
    """The memory scenario counts a positive number of bytes per Mock graph on each side."""
    result = harness.run_scenario(_scenario("core.memory_mock"), reference(), reference(), TINY)
    assert result.ours is not None and result.ours > 100
    assert result.ratio is not None and 0.5 < result.ratio < 2.0


def test_target_met_is_pass():
    """A scenario whose target is below the measured ratio passes."""
    easy = harness.Scenario(
        "test.easy", "test", "easy", "memory", 0.01, build=lambda impl: impl.Mock
    )
    result = harness.run_scenario(easy, reference(), reference(), TINY)
    assert result.status == harness.PASS


def test_missing_implementation_is_reported_not_raised():
    """A side without the needed module gives MISSING with the reason, not an exception."""
    absent = Impl("ours", ["mock_bench_no_such_module"])
    result = harness.run_scenario(_scenario("core.mock"), absent, reference(), TINY)
    assert result.status == harness.MISSING
    assert "Mock not found" in result.detail
    assert "mock_bench_no_such_module" in result.detail


def test_broken_reference_is_an_error():
    """An exception on the reference side is an ERROR naming the side."""
    broken = harness.Scenario(
        "test.broken", "test", "broken", "time", 1, setup=lambda impl, n: {}, stmt="1 / 0"
    )
    result = harness.run_scenario(broken, reference(), reference(), TINY)
    assert result.status == harness.ERROR
    assert result.detail == "unittest.mock: ZeroDivisionError: division by zero"


def test_reference_attribute_error_is_an_error_not_missing():
    """Only our side can be MISSING: an AttributeError of the reference is an ERROR."""
    ours_impl, ref_impl = reference(), reference()

    def setup(impl, n):
        if impl is ref_impl:
            raise AttributeError("no such thing")
        return {}

    scenario = harness.Scenario("test.ref", "test", "ref", "time", 1, setup=setup, stmt="pass")
    result = harness.run_scenario(scenario, ours_impl, ref_impl, TINY)
    assert result.status == harness.ERROR
    assert result.detail == "unittest.mock: AttributeError: no such thing"


def test_selection_by_group_name_and_glob():
    """--only accepts group aliases, short names, full names and globs."""
    assert {s.group for s in scenarios.select(["patch"])} == {"mock-patch"}
    assert [s.name for s in scenarios.select(["reset_mock"])] == ["core.reset_mock"]
    assert [s.name for s in scenarios.select(["async.await_call"])] == ["async.await_call"]
    assert {s.name for s in scenarios.select(["*autospec*"])} == {
        "core.autospec_class",
        "core.autospec_instance",
        "patch.object_autospec",
    }


@pytest.mark.parametrize("no_fail, code", [(False, 1), (True, 0)])
def test_cli_runs_one_scenario_and_prints_table(tmp_path, no_fail, code):
    """run.py --only prints the scenario line and table; a miss exits 1 unless --no-fail."""
    # The memory scenario is used because in selftest mode its ratio is ~1.0 without noise.
    out_json = tmp_path / "results.json"
    argv = [
        sys.executable,
        str(BENCH / "run.py"),
        "--quick",
        "--rounds",
        "1",
        "--batch-ms",
        "0.5",
        "--only",
        "core.memory_mock",
        "--json",
        str(out_json),
    ]
    if no_fail:
        argv.append("--no-fail")
    env = dict(os.environ, MOCK_BENCH_SELFTEST="1")
    completed = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    assert completed.returncode == code, completed.stdout + completed.stderr
    assert "both sides are unittest.mock" in completed.stdout
    assert "core.memory_mock" in completed.stdout
    assert "| memory: one Mock() with one child" in completed.stdout
    assert completed.stdout.rstrip().endswith("0 of 1 targets met (1 FAIL)")
    (entry,) = json.loads(out_json.read_text())["results"]
    assert entry["name"] == "core.memory_mock" and entry["status"] == "FAIL"
    assert 0.5 < entry["ratio"] < 2.0  # the same Mock on both sides: memory is deterministic


def test_cli_unknown_scenario_exits_2():
    """--only with a name that matches nothing exits 2 with a message."""
    completed = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--only", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 2
    assert "no scenario matches nope; see --list" in completed.stderr


@pytest.mark.parametrize(
    "name", [s.name for s in scenarios.SCENARIOS if s.kind == "time"], ids=lambda name: name
)
def test_every_timed_scenario_runs_and_verifies_on_the_reference(name):
    """Each timed scenario's setup, statement and check run on unittest.mock without error."""
    scenario = _scenario(name)
    namespace = scenario.setup(reference(), 3)
    loop = harness.compile_loop(scenario.stmt, tuple(sorted(namespace)))
    assert loop(3, namespace, time.perf_counter, itertools.repeat) >= 0
    if scenario.verify is not None:
        scenario.verify(namespace, 3)


def test_collect_all_frees_what_a_weakref_callback_releases():
    """collect_all() also frees garbage that only becomes unreachable during a collection."""
    kept = []

    class Node:
        pass

    def release(_ref):
        kept.clear()  # drops the last reference to a cycle, found by the next pass only

    cycle = Node()
    cycle.me = cycle
    kept.append(cycle)
    probe = weakref.ref(cycle)
    del cycle
    trigger = Node()
    trigger.me = trigger
    trigger_ref = weakref.ref(trigger, release)
    del trigger
    harness.collect_all()
    assert trigger_ref() is None and probe() is None
