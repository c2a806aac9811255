"""Runs every Python example of the documentation as a test (sybil).

Each page is one namespace, its blocks run in order.  The example
application ``myapp`` (docs/examples/myapp) is importable while a page runs;
it is forgotten afterwards, so that no patch or import leaks between pages.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

EXAMPLES = str(Path(__file__).resolve().parent / "examples")

# docs/examples holds the application and a pytest suite run in a subprocess
# (tests/test_docs_examples.py); _build holds the rendered site.
collect_ignore = ["examples", "_build", "conf.py"]


def _setup(namespace: dict[str, Any]) -> None:
    sys.path.insert(0, EXAMPLES)


def _teardown(namespace: dict[str, Any]) -> None:
    from mock import patch

    patch.stopall()
    sys.path.remove(EXAMPLES)
    for name in [n for n in sys.modules if n == "myapp" or n.startswith("myapp.")]:
        del sys.modules[name]


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), SkipParser()],
    patterns=["*.md"],
    excludes=["performance-table.md"],
    setup=_setup,
    teardown=_teardown,
).pytest()
