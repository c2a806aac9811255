"""Command line: ``python benchmarks/run.py [--quick] [--only NAME ...]``."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from dataclasses import replace
from typing import Optional, Sequence

from . import report
from .harness import DEFAULT_SETTINGS, QUICK_SETTINGS, Result, Settings, run_scenario
from .impls import SELFTEST_ENV, ours, reference, selftest_enabled
from .scenarios import SCENARIOS, select


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py",
        description=(
            "Run every benchmark scenario against this repository's mock and the running "
            "Python's unittest.mock, interleaved, and compare with the targets. "
            f"Set {SELFTEST_ENV}=1 to compare unittest.mock with itself."
        ),
    )
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (~30 s)")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="scenario names (core.mock or mock), groups (core, async, patch) or globs",
    )
    parser.add_argument("--rounds", type=int, help="timed rounds per scenario")
    parser.add_argument("--batch-ms", type=float, help="target duration of one timed batch")
    parser.add_argument(
        "--no-fail", action="store_true", help="exit 0 even when a target is missed"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    return parser.parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    settings = QUICK_SETTINGS if args.quick else DEFAULT_SETTINGS
    if args.rounds is not None:
        settings = replace(settings, rounds=max(1, args.rounds), memory_rounds=max(1, args.rounds))
    if args.batch_ms is not None:
        settings = replace(settings, batch_seconds=max(args.batch_ms, 0.01) / 1000)
    return settings


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    if args.list:
        for scenario in SCENARIOS:
            target = f"{scenario.target:g}x" if scenario.target else "check"
            print(f"{scenario.name:<26} {target:>6}  {scenario.title}")
            if scenario.note:
                print(f"{'':<35}({scenario.note})")
        return 0
    scenarios = select(args.only)
    if not scenarios:
        print(f"no scenario matches {' '.join(args.only)}; see --list", file=sys.stderr)
        return 2
    settings = settings_from(args)
    our_impl = ours()
    ref_impl = reference()
    print(
        f"mock benchmarks on {platform.python_implementation()} {platform.python_version()}: "
        f"{our_impl.label} vs {ref_impl.label}; ratio = reference / ours, median of "
        f"{settings.rounds} rounds (memory: {settings.memory_rounds})"
    )
    if selftest_enabled():
        print(f"{SELFTEST_ENV} is set: both sides are unittest.mock, ratios should be ~1.0")
    results: list[Result] = []
    for index, scenario in enumerate(scenarios, 1):
        result = run_scenario(scenario, our_impl, ref_impl, settings)
        results.append(result)
        print(report.progress_line(index, len(scenarios), result), flush=True)
    print()
    print(report.table(results))
    print()
    print(report.summary(results))
    if args.json:
        payload = {
            "python": platform.python_version(),
            "selftest": selftest_enabled(),
            "settings": settings.__dict__,
            "results": [result.as_dict() for result in results],
        }
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2)
    if args.no_fail:
        return 0
    return 0 if all(result.ok for result in results) else 1
