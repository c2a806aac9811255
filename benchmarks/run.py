"""Benchmarks: this repository's mock against the running Python's unittest.mock.

Usage: python benchmarks/run.py [--quick] [--only NAME ...] [--no-fail] [--json PATH]
(or ``hatch run bench:run``).  Exits 1 when a target is missed.
Set MOCK_BENCH_SELFTEST=1 to benchmark unittest.mock against itself.
"""

from __future__ import annotations

import os
import sys

# The script's folder is sys.path[0], so mockbench imports as a package.
from mockbench.impls import add_source_dirs

add_source_dirs()

from mockbench.cli import main  # noqa: E402

if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head or similar: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
