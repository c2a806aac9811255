"""Set the version of every distribution: VERSION, mock.__version__ and the == pins.

hatch workspaces cannot resolve dynamic dependencies, so the pins between
members are written out; tests/test_repository.py fails when they drift.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r'"(mock-(?:backports|core|async|patch))==[^"]*"')


def main(version: str) -> None:
    (ROOT / "VERSION").write_text(version + "\n", encoding="utf-8")
    (ROOT / "src" / "mock" / "_version.py").write_text(
        f'__version__ = "{version}"\n', encoding="utf-8"
    )
    for pyproject in [ROOT / "pyproject.toml", *ROOT.glob("packages/*/pyproject.toml")]:
        text = pyproject.read_text(encoding="utf-8")
        pyproject.write_text(PIN.sub(rf'"\1=={version}"', text), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
