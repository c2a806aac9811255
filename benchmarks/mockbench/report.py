"""Formatting of results: one line per scenario while running, a final table."""

from __future__ import annotations

from typing import Optional

from .harness import Result


def format_seconds(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.2f} ms"
    if value >= 1e-6:
        return f"{value * 1e6:.2f} us"
    return f"{value * 1e9:.0f} ns"


def format_bytes(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if abs(value) >= 10 * 1024:
        return f"{value / 1024:.1f} KiB"
    return f"{value:.0f} B"


def format_value(result: Result, value: Optional[float]) -> str:
    if result.scenario.kind == "memory":
        return format_bytes(value)
    return format_seconds(value)


def format_ratio(result: Result) -> str:
    if result.ratio is None:
        return "-"
    word = "less" if result.scenario.kind == "memory" else "faster"
    if result.scenario.kind == "check":
        word = "faster import (info)"
    return f"{result.ratio:.1f}x {word}"


def format_target(result: Result) -> str:
    target = result.scenario.target
    if target is None:
        return "no asyncio" if result.scenario.kind == "check" else "-"
    return f"{target:g}x"


_DETAIL_WIDTH = 160


def progress_line(index: int, total: int, result: Result) -> str:
    s = result.scenario
    head = f"[{index:>2}/{total}] {s.name:<24} {result.status:<7}"
    if result.ours is None and result.ratio is None:
        detail = result.detail
        if len(detail) > _DETAIL_WIDTH:
            detail = detail[: _DETAIL_WIDTH - 3] + "..."
        return f"{head} {detail}"
    spread = ""
    if len(result.ratios) > 1:
        low, high = min(result.ratios), max(result.ratios)
        spread = f" ({result.rounds} rounds: {low:.1f}x..{high:.1f}x)"
    return (
        f"{head} ours {format_value(result, result.ours)}, "
        f"reference {format_value(result, result.ref)}, "
        f"{format_ratio(result)}, target {format_target(result)}{spread}"
        + (f"; {result.detail}" if s.kind == "check" else "")
    )


def table(results: list[Result]) -> str:
    header = ["scenario", "ours", "unittest.mock", "ratio", "target", "result"]
    rows = [header]
    for result in results:
        rows.append(
            [
                result.scenario.title,
                format_value(result, result.ours),
                format_value(result, result.ref),
                format_ratio(result),
                format_target(result),
                result.status,
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(w) for cell, w in zip(cells, widths)) + " |"

    out = [line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(row) for row in rows[1:])
    return "\n".join(out)


def summary(results: list[Result]) -> str:
    met = sum(result.ok for result in results)
    counts = {}
    for result in results:
        if not result.ok:
            counts[result.status] = counts.get(result.status, 0) + 1
    missed = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
    text = f"{met} of {len(results)} targets met"
    return f"{text} ({missed})" if missed else text
