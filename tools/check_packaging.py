"""Build every distribution and install each one alone into a fresh venv.

Each wheel and each sdist is installed with its declared dependencies taken
only from the files built here (``--no-index``), never from the package
index, and then imported.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTIONS = {
    "mock-backports": ("packages/mock-backports", "mock_backports"),
    "mock-core": ("packages/mock-core", "mock_core"),
    "mock-async": ("packages/mock-async", "mock_async"),
    "mock-patch": ("packages/mock-patch", "mock_patch"),
    "mock": (".", "mock"),
}


def run(*command: str, cwd: Path | None = None) -> None:
    subprocess.run(command, check=True, cwd=cwd)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mock-packaging-") as tmp:
        built = Path(tmp) / "dist"
        for folder, _ in DISTRIBUTIONS.values():
            run(
                sys.executable,
                "-m",
                "hatch",
                "build",
                "-t",
                "wheel",
                "-t",
                "sdist",
                str(built),
                cwd=ROOT / folder,
            )
        wheels = Path(tmp) / "wheels-from-sdists"
        for sdist in sorted(built.glob("*.tar.gz")):
            # A wheel built from each sdist proves the sdist is complete.
            run(
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "-q",
                "--no-deps",
                "-w",
                str(wheels),
                str(sdist),
            )
        for name, (_, module) in DISTRIBUTIONS.items():
            for source in (built, wheels):
                env = Path(tmp) / f"venv-{name}-{source.name}"
                venv.create(env, with_pip=True)
                python = str(env / "bin" / "python")
                run(
                    python,
                    "-m",
                    "pip",
                    "install",
                    "-q",
                    "--no-index",
                    "--find-links",
                    str(source),
                    name,
                )
                run(python, "-I", "-c", f"import {module}; print({module}.__name__, 'imports')")
        print(f"packaging: {len(DISTRIBUTIONS)} distributions built, installed alone and imported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
