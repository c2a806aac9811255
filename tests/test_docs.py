"""The documentation's single sources: the differences list and the benchmark chart."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- differences:start -->", "<!-- differences:end -->"


def _differences() -> str:
    text = README.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    return text.split(START, 1)[1].split(END, 1)[0]


def _markdown_files() -> list[Path]:
    skip = {"_build", ".git", ".venv", "node_modules"}
    return [p for p in ROOT.rglob("*.md") if not skip & set(p.relative_to(ROOT).parts)]


def test_docs_include_the_readme_differences_between_the_markers():
    """docs/differences.md includes README.md's list by its markers rather than copying it."""
    page = (ROOT / "docs" / "differences.md").read_text(encoding="utf-8")
    assert "```{include} ../README.md" in page
    assert f":start-after: {START}" in page and f":end-before: {END}" in page
    assert "*Reason:*" not in page


def test_every_difference_gives_its_reason():
    """Each item of the list says why (*Reason:*)."""
    items = re.split(r"^- ", _differences(), flags=re.M)[1:]
    assert len(items) >= 5
    for item in items:
        assert "*Reason:*" in item, item[:80]


def test_the_differences_are_written_in_one_place_only():
    """No other Markdown file of the repository repeats an item of the list."""
    items = re.findall(r"^- \*\*(.+?)\*\*", _differences(), flags=re.M | re.S)
    assert items
    for path in _markdown_files():
        if path == README:
            continue
        text = " ".join(path.read_text(encoding="utf-8").split())
        for item in items:
            assert " ".join(item.split()) not in text, f"{path} repeats {item!r}"


def test_readme_shows_the_benchmark_chart_and_links_the_docs():
    """The README shows the committed chart and links the documentation's pages."""
    text = README.read_text(encoding="utf-8")
    assert "](docs/_static/benchmarks.png)" in text
    assert (ROOT / "docs" / "_static" / "benchmarks.png").stat().st_size > 10_000
    for page in ("getting-started", "guides/async", "migrating", "api", "performance"):
        assert f"(docs/{page}.md)" in text, page
        assert (ROOT / "docs" / f"{page}.md").is_file(), page


def test_performance_page_includes_the_generated_table():
    """docs/performance.md shows the table that `hatch run bench:plot` writes."""
    page = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "```{include} performance-table.md" in page
    table = (ROOT / "docs" / "performance-table.md").read_text(encoding="utf-8")
    assert table.count("\n|") >= 10


def test_committed_table_is_the_one_drawn_from_the_committed_results():
    """docs/performance-table.md is what plot.py makes of docs/_static/benchmarks.json."""
    import importlib.util
    import json
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("bench_plot", ROOT / "benchmarks" / "plot.py")
        assert spec is not None and spec.loader is not None
        plot = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(plot)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    payload = json.loads((ROOT / "docs" / "_static" / "benchmarks.json").read_text("utf-8"))
    names = [r["name"] for r in payload["results"]]
    assert "core.mock" in names and "async.await_call" in names and "patch.with_patch" in names
    table = (ROOT / "docs" / "performance-table.md").read_text(encoding="utf-8")
    assert plot.table(payload) == table
