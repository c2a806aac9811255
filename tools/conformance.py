"""Run mock 5.2.0's own test suite against this repository's ``mock``.

The suite is downloaded from the package index at run time (never
committed): only its ``mock/tests`` folder is unpacked, under another package
name, so the real mock 5.2.0 code can never be imported by accident.  The
only edit made is to the module path of the suite's own ``support`` helpers.

Usage: python tools/conformance.py [-k EXPR] [--python EXE] [testmock ...]
Prints ``N passed, M failed`` last; exits 1 if any test failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REFERENCE = "mock==5.2.0"
SDIST_NAME = "mock-5.2.0.tar.gz"
PACKAGE = "mock_conformance_suite"
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "conformance"
SOURCES = [
    ROOT / "packages" / "mock-backports" / "src",
    ROOT / "packages" / "mock-core" / "src",
    ROOT / "packages" / "mock-async" / "src",
    ROOT / "packages" / "mock-patch" / "src",
    ROOT / "src",
]


def download_sdist() -> Path:
    target = CACHE / SDIST_NAME
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                "-d",
                str(CACHE),
                REFERENCE,
            ],
            check=True,
        )
    return target


def unpack_suite(sdist: Path, into: Path) -> Path:
    package = into / PACKAGE
    package.mkdir()
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            parts = Path(member.name).parts
            if parts[1:3] != ("mock", "tests") or not member.isfile() or len(parts) != 4:
                continue
            handle = archive.extractfile(member)
            assert handle is not None
            text = handle.read().decode("utf-8")
            # The one permitted edit: where the suite's own helpers live.
            text = re.sub(r"\bmock\.tests\b", PACKAGE, text)
            (package / parts[3]).write_text(text, encoding="utf-8")
    return package


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="test modules, e.g. testmock")
    parser.add_argument("-k", dest="keyword", help="pytest -k expression")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run the suite")
    parser.add_argument("-v", "--verbose", action="store_true", help="show each failure")
    args = parser.parse_args()

    sdist = download_sdist()
    with tempfile.TemporaryDirectory(prefix="mock-conformance-") as tmp:
        package = unpack_suite(sdist, Path(tmp))
        targets = [str(package / f"{name.removesuffix('.py')}.py") for name in args.modules] or [
            str(package)
        ]
        report = Path(tmp) / "report.xml"
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([tmp, *map(str, SOURCES), env.get("PYTHONPATH", "")])
        check = "import mock, mock_core; assert mock.__version__ != '5.2.0', mock.__file__"
        subprocess.run([args.python, "-c", check], env=env, check=True)
        command = [
            args.python,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "--rootdir",
            tmp,
            f"--junitxml={report}",
            "-o",
            "junit_family=xunit1",
            "-o",
            "python_files=test*.py",
            *targets,
        ]
        if args.keyword:
            command += ["-k", args.keyword]
        if not args.verbose:
            command += ["--tb=line"]
        subprocess.run(command, env=env, cwd=tmp)
        passed = failed = skipped = 0
        if report.exists():
            for case in ET.parse(report).getroot().iter("testcase"):
                if case.find("skipped") is not None:
                    skipped += 1
                elif case.find("failure") is not None or case.find("error") is not None:
                    failed += 1
                else:
                    passed += 1
    line = f"{passed} passed, {failed} failed"
    print(f"conformance: {line}" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
