"""The demo runs every example module cleanly, as the README's first command does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_every_example():
    """examples/run_all.py exits 0 and reports all modules ran."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_all.py")], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().splitlines()[-1] == "demo: 3 of 3 example modules ran"
