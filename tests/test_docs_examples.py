"""The documentation's pytest suite runs as the docs say, with pytest-mock set to use mock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "docs" / "examples" / "pytest_suite"


def test_the_pytest_suite_of_the_docs_passes_with_mock_use_standalone_module():
    """pytest -c docs/examples/pytest_suite/pytest.ini runs the page's tests, all passing."""
    env = dict(os.environ)
    paths = [str(ROOT / "docs" / "examples"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
         str(SUITE / "pytest.ini"), str(SUITE)],
        cwd=SUITE, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    assert "5 passed" in out.stdout, out.stdout
