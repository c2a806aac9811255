"""Rerun the benchmarks and redraw the documentation's table and chart.

Usage: python benchmarks/plot.py [--from-json PATH] [run.py options]
(or ``hatch run bench:plot``).  Writes docs/performance-table.md,
docs/_static/benchmarks.png (ours against unittest.mock per scenario, on a
log scale) and docs/_static/benchmarks.json (the results they were drawn
from).  ``--from-json`` redraws from such a file, or one written by
``run.py --json``, instead of running the suite; other options
(``--quick``, ``--only ...``) are passed to the run.  matplotlib is needed for the chart
only; it is in the bench environment.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any, Optional, Sequence

# The script's folder is sys.path[0], so mockbench imports as a package.
from mockbench.impls import add_source_dirs

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "performance-table.md"
CHART = ROOT / "docs" / "_static" / "benchmarks.png"
RESULTS = ROOT / "docs" / "_static" / "benchmarks.json"

OURS_COLOUR = "#2f6fb0"
REF_COLOUR = "#b0b0b0"


NBSP = "\u00a0"  # keeps a number and its unit on one line in the rendered table


def _seconds(value: float) -> str:
    for scale, unit in ((1, "s"), (1e-3, "ms"), (1e-6, "us")):
        if value >= scale:
            return f"{value / scale:.2f}{NBSP}{unit}"
    return f"{value * 1e9:.0f}{NBSP}ns"


def _bytes(value: float) -> str:
    return f"{value / 1024:.1f}{NBSP}KiB" if value >= 10 * 1024 else f"{value:.0f}{NBSP}B"


def _value(kind: str, value: Optional[float]) -> str:
    if value is None:
        return "-"
    return _bytes(value) if kind == "memory" else _seconds(value)


def table(payload: dict[str, Any]) -> str:
    """The Markdown table of a ``run.py --json`` payload, with a line saying where it came from."""
    head = (
        f"Measured on CPython {payload['python']} ({payload.get('machine', 'unknown machine')}). "
        "Ratio: unittest.mock's time (or memory) divided by ours, the median of the rounds; "
        "the target is the smallest ratio accepted."
    )
    rows = [
        "| scenario | one operation | ours | unittest.mock | ratio | target |",
        "|---|---|--:|--:|--:|--:|",
    ]
    results = payload["results"]
    for r in results:
        kind = r["kind"]
        if kind == "check":
            ratio, target = "-", "no asyncio"
        else:
            ratio = "-" if r["ratio"] is None else f"{r['ratio']:.1f}x"
            target = "-" if r["target"] is None else f"{r['target']:g}x"
        if r["status"] != "PASS":
            ratio = f"{ratio} ({r['status']})"
        title = r["title"].replace("|", "\\|")
        rows.append(
            f"| `{r['name']}` | {title} | {_value(kind, r['ours'])} | "
            f"{_value(kind, r['reference'])} | {ratio} | {target} |"
        )
    met = sum(r["status"] == "PASS" for r in results)
    head += f" {met} of {len(results)} targets met."
    return head + "\n\n" + "\n".join(rows) + "\n"


def chart(payload: dict[str, Any], path: Path) -> None:
    """Horizontal bars, ours and unittest.mock per scenario, log scale; time and memory panels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [
        ("time", "time per operation (seconds, log scale; shorter is better)"),
        ("memory", "bytes held per object graph (log scale; shorter is better)"),
    ]
    groups = {
        kind: [r for r in payload["results"] if r["kind"] == kind and r["ours"] and r["reference"]]
        for kind, _ in panels
    }
    heights = [max(len(groups[kind]), 1) for kind, _ in panels]
    fig, axes = plt.subplots(
        2,
        1,
        figsize=(10, 0.42 * sum(heights) + 2.2),
        gridspec_kw={"height_ratios": heights},
        constrained_layout=True,
    )
    for ax, (kind, label) in zip(axes, panels):
        results = list(reversed(groups[kind]))
        ys = range(len(results))
        ours = [r["ours"] for r in results]
        ref = [r["reference"] for r in results]
        ax.barh([y + 0.2 for y in ys], ref, height=0.38, color=REF_COLOUR, label="unittest.mock")
        ax.barh([y - 0.2 for y in ys], ours, height=0.38, color=OURS_COLOUR, label="mock (ours)")
        ax.set_xscale("log")
        ax.set_yticks(list(ys))
        ax.set_yticklabels([r["name"] for r in results], fontfamily="monospace")
        ax.set_xlabel(label)
        ax.grid(axis="x", which="major", alpha=0.3)
        low = min(ours + ref)
        high = max(ours + ref)
        ax.set_xlim(low / 2, high * 8)
        for y, r in zip(ys, results):
            ax.text(r["reference"] * 1.15, y, f"{r['ratio']:.1f}x", va="center", fontsize=9)
        ax.legend(loc="lower right", fontsize=9)
    fig.suptitle(
        f"mock vs unittest.mock, CPython {payload['python']} (ratio: unittest.mock / ours)"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)


def parse_args(argv: Optional[Sequence[str]]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="benchmarks/plot.py", description=__doc__)
    parser.add_argument("--from-json", metavar="PATH", help="redraw from run.py --json output")
    parser.add_argument("--table", type=Path, default=TABLE, help="Markdown table to write")
    parser.add_argument("--chart", type=Path, default=CHART, help="PNG chart to write")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON results to write")
    return parser.parse_known_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args, run_args = parse_args(argv)
    if args.from_json:
        payload = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
    else:
        add_source_dirs()
        from mockbench.cli import main as run

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "results.json"
            run([*run_args, "--no-fail", "--json", str(out)])
            payload = json.loads(out.read_text(encoding="utf-8"))
    payload.setdefault("machine", f"{platform.machine()}, {platform.system()}")
    if not args.from_json:
        args.results.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    args.table.write_text(table(payload), encoding="utf-8")
    chart(payload, args.chart)
    written = [args.table, args.chart] + ([] if args.from_json else [args.results])
    print("wrote " + ", ".join(str(path) for path in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
