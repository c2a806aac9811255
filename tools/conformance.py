"""Run the conformance suites against this repository's ``mock``.

Two suites, both fetched at run time and never committed:

* ``mock-5.2.0``: mock 5.2.0's own tests (the ``mock/tests`` folder of its sdist
  on the package index), on every Python.  Only that folder is unpacked, under
  another package name, so the real mock 5.2.0 code can never be imported; the
  only edit is the module path of the suite's own ``support`` helpers.
* ``cpython``: CPython's ``Lib/test/test_unittest/testmock`` of 3.14 and 3.15
  (Debian's ``libpython3.X-testsuite``, installed in the sid chroot made by
  ``.ci/sid-chroot.sh``), run in place by the stdlib's unittest runner with
  ``unittest.mock`` redirected to ``mock.mock``.

Usage:
  python tools/conformance.py [--python 3.X ...] [--suite NAME ...] [-k EXPR] [-v] [module ...]
      every suite on every Python found: those on this machine through hatch's
      ``conformance-suites`` matrix, 3.14 and 3.15 inside the sid chroot when it
      exists (needs root); ``hatch run conformance:run`` runs this
  python tools/conformance.py --here [...]
      the suites of the running interpreter only (what each hatch env runs)

Prints ``conformance: SUITE on PYTHON: N passed, M failed`` per run and a total
line last; exits 1 if any test failed or a run produced no result.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
CHROOT_SCRIPT = ROOT / ".ci" / "sid-chroot.sh"
SOURCES = [
    ROOT / "packages" / "mock-backports" / "src",
    ROOT / "packages" / "mock-core" / "src",
    ROOT / "packages" / "mock-async" / "src",
    ROOT / "packages" / "mock-patch" / "src",
    ROOT / "src",
]
PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
SUITES = ["mock-5.2.0", "cpython"]
# CPython ships testmock in the form this runner expects from 3.14 on.
CPYTHON_SUITE_SINCE = (3, 14)

# Tests of mock 5.2.0's suite that assert a behaviour CPython 3.15 changed: the
# newest reference wins.  An excused test that fails is counted as excused; one
# that passes is reported, so that the list stays true.
EXCUSED: dict[str, str] = {}

RESULT = re.compile(r"^conformance: (?P<run>.+?): (?P<passed>\d+) passed, (?P<failed>\d+) failed")


# --- mock 5.2.0's suite -------------------------------------------------------


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


def suite_env(*first: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*first, *map(str, SOURCES), env.get("PYTHONPATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_mock_520(args: argparse.Namespace) -> tuple[int, int]:
    sdist = download_sdist()
    with tempfile.TemporaryDirectory(prefix="mock-conformance-") as tmp:
        package = unpack_suite(sdist, Path(tmp))
        targets = [str(package / f"{name.removesuffix('.py')}.py") for name in args.modules] or [
            str(package)
        ]
        report = Path(tmp) / "report.xml"
        env = suite_env(tmp)
        check = "import mock, mock_core; assert mock.__version__ != '5.2.0', mock.__file__"
        subprocess.run([sys.executable, "-c", check], env=env, check=True)
        command = [
            sys.executable,
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
        passed = failed = skipped = excused = 0
        if report.exists():
            for case in ET.parse(report).getroot().iter("testcase"):
                name = f"{case.get('classname', '').rpartition('.')[2]}.{case.get('name')}"
                bad = case.find("failure") is not None or case.find("error") is not None
                if case.find("skipped") is not None:
                    skipped += 1
                elif name in EXCUSED:
                    if bad:
                        excused += 1
                    else:
                        print(f"conformance: excused test {name} passes: drop it from EXCUSED")
                        failed += 1
                elif bad:
                    failed += 1
                else:
                    passed += 1
    report_line("mock-5.2.0", passed, failed, skipped=skipped, excused=excused)
    return passed, failed


# --- CPython's testmock ------------------------------------------------------


def cpython_suite_dir() -> Path | None:
    try:
        import test
    except ImportError:
        return None
    found = Path(test.__file__).parent / "test_unittest" / "testmock"
    return found if (found / "__init__.py").exists() else None


def run_cpython(args: argparse.Namespace) -> tuple[int, int]:
    if cpython_suite_dir() is None:
        print(f"conformance: no test/test_unittest/testmock in {sys.executable}'s stdlib")
        report_line("cpython", 0, 1)
        return 0, 1
    command = [sys.executable, str(Path(__file__).resolve()), "--cpython-worker"]
    if args.keyword:
        command += ["-k", args.keyword]
    if args.verbose:
        command += ["-v"]
    command += args.modules
    with tempfile.TemporaryDirectory(prefix="mock-cpython-testmock-") as tmp:
        done = subprocess.run(command, env=suite_env(), cwd=tmp, stdout=subprocess.PIPE, text=True)
    sys.stdout.write(done.stdout)
    for line in done.stdout.splitlines():
        found = RESULT.match(line)
        if found:
            return int(found["passed"]), int(found["failed"])
    report_line("cpython", 0, 1)
    return 0, 1


def cpython_worker(args: argparse.Namespace) -> int:
    """Run CPython's testmock in this process against mock.mock."""
    import traceback
    import unittest

    import mock
    import mock.mock

    # Every test module imports unittest.mock one way or another.
    sys.modules["unittest.mock"] = mock.mock
    unittest.mock = mock.mock  # type: ignore[attr-defined]
    assert mock.__version__ != "5.2.0", mock.__file__

    class Result(unittest.TextTestResult):
        def _exc_info_to_string(self, err, test):  # type: ignore[no-untyped-def]
            # On 3.15, formatting an ImportError whose module's parent cannot be
            # found again crashes (traceback._find_incompatible_extension_module).
            try:
                return super()._exc_info_to_string(err, test)
            except Exception as crash:
                exctype, value, tb = err
                return (
                    "".join(traceback.format_tb(tb))
                    + f"{exctype.__qualname__}: {value}\n"
                    + f"(traceback formatting failed: {crash!r})\n"
                )

    loader = unittest.TestLoader()
    if args.keyword:
        loader.testNamePatterns = [f"*{args.keyword}*"]
    base = "test.test_unittest.testmock"
    if args.modules:
        suite = loader.loadTestsFromNames([f"{base}.{m.removesuffix('.py')}" for m in args.modules])
    else:
        suite = loader.loadTestsFromName(base)
    runner = unittest.TextTestRunner(
        stream=sys.stdout, verbosity=2 if args.verbose else 1, resultclass=Result
    )
    result = runner.run(suite)
    bad = [*result.failures, *result.errors]
    for test, _ in bad:
        print(f"conformance: FAILED {test.id()}")
    for test in result.unexpectedSuccesses:
        print(f"conformance: UNEXPECTED SUCCESS {test.id()}")
    failed = len(bad) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped - len(result.expectedFailures)
    report_line("cpython", passed, failed, skipped=skipped)
    return 1 if failed or not passed else 0


# --- running the suites of one interpreter, or of all --------------------------


def python_name() -> str:
    return ".".join(map(str, sys.version_info[:3]))


def report_line(suite: str, passed: int, failed: int, skipped: int = 0, excused: int = 0) -> None:
    extra = "".join(
        f", {count} {what}" for count, what in ((excused, "excused"), (skipped, "skipped")) if count
    )
    print(f"conformance: {suite} on {python_name()}: {passed} passed, {failed} failed{extra}")
    sys.stdout.flush()


def run_here(args: argparse.Namespace) -> int:
    suites = args.suite or SUITES
    passed = failed = 0
    for suite in suites:
        if suite == "cpython" and sys.version_info < CPYTHON_SUITE_SINCE:
            continue
        got = run_mock_520(args) if suite == "mock-5.2.0" else run_cpython(args)
        passed += got[0]
        failed += got[1]
    return 1 if failed or not passed else 0


def forwarded(args: argparse.Namespace) -> list[str]:
    out: list[str] = []
    for suite in args.suite or ():
        out += ["--suite", suite]
    if args.keyword:
        out += ["-k", args.keyword]
    if args.verbose:
        out += ["-v"]
    return out + args.modules


def stream(command: list[str], results: list[tuple[str, int, int]]) -> int:
    """Run ``command``, echoing its output and collecting its result lines."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        found = RESULT.match(line)
        if found and found["run"] != "total":
            results.append((found["run"], int(found["passed"]), int(found["failed"])))
    return process.wait()


def local_python(version: str) -> bool:
    exe = shutil.which(f"python{version}")
    if exe is None:
        return False
    # A pyenv shim exists for every installed version, selected or not.
    return subprocess.run([exe, "-c", ""], capture_output=True).returncode == 0


def chroot_ready(versions: list[str]) -> bool:
    if os.environ.get("MOCK_CI_IN_CHROOT") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    found = subprocess.run(["bash", str(CHROOT_SCRIPT), "path"], capture_output=True, text=True)
    where = Path(found.stdout.strip())
    return found.returncode == 0 and all((where / f"usr/bin/python{v}").exists() for v in versions)


def run_all(args: argparse.Namespace) -> int:
    wanted = args.python or PYTHONS
    hatch = shutil.which("hatch")
    if hatch is None:
        print("conformance: hatch is not on PATH (python -m pip install hatch)")
        return 1
    results: list[tuple[str, int, int]] = []
    missing: list[str] = []
    for version in wanted:
        if not local_python(version):
            missing.append(version)
            continue
        env = f"conformance-suites.py{version}"
        stream(
            [hatch, "-e", env, "run", "python", "tools/conformance.py", "--here", *forwarded(args)],
            results,
        )
    elsewhere = [v for v in missing if v in ("3.14", "3.15")]
    if elsewhere and chroot_ready(elsewhere):
        inner = [f"python{elsewhere[0]}", "tools/conformance.py"]
        for version in elsewhere:
            inner += ["--python", version]
        stream(["bash", str(CHROOT_SCRIPT), "run", *inner, *forwarded(args)], results)
        missing = [v for v in missing if v not in elsewhere]
    if missing:
        print(f"conformance: not found here: Python {', '.join(missing)}")
    if os.environ.get("MOCK_CI_IN_CHROOT"):
        # The caller outside adds these runs to its own total.
        return 0 if results and not any(failed for _, _, failed in results) else 1
    passed = sum(p for _, p, _ in results)
    failed = sum(f for _, _, f in results)
    print("conformance: summary")
    for run, p, f in results:
        print(f"  {run:<32} {p:>5} passed, {f} failed")
    print(f"conformance: total: {passed} passed, {failed} failed ({len(results)} runs)")
    return 1 if failed or not results or (missing and args.python) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="test modules, e.g. testmock")
    parser.add_argument("-k", dest="keyword", help="select tests by name (pytest -k / unittest -k)")
    parser.add_argument("--python", action="append", choices=PYTHONS, help="only this Python")
    parser.add_argument("--suite", action="append", choices=SUITES, help="only this suite")
    parser.add_argument("-v", "--verbose", action="store_true", help="show each failure")
    parser.add_argument("--here", action="store_true", help="run on this interpreter only")
    parser.add_argument("--cpython-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cpython_worker:
        return cpython_worker(args)
    if args.here:
        return run_here(args)
    return run_all(args)


if __name__ == "__main__":
    sys.exit(main())
