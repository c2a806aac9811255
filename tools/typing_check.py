"""Users' type checkers see with ``mock`` what they see with ``unittest.mock``.

The corpus in tests/typing/ is written against ``unittest.mock`` (typed by
typeshed's stdlib stub).  It is checked twice, as written and with the import
switched to ``mock``, under mypy (default and ``--strict``) and pyright
(standard); every checker must report the same errors (file, line, code) for
both.  Then ``pyright --verifytypes`` scores each package.

verifytypes counts a class with an ``Any`` base as unknown, and so every mock
class: typeshed's contract gives NonCallableMock (and ANY) that base so that a
mock stands in for any type, and we keep it.  So the score is measured twice:
as shipped (printed, not enforced), and on a copy of the packages with only
those two ``Any`` bases taken out, which must reach 95%: that is how complete
the annotations are apart from the deliberate Any.

Run from an environment where the packages and mock are importable, with
mypy and pyright installed (``hatch run typing:check``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "typing"
PACKAGES = ("mock", "mock_core", "mock_async", "mock_patch", "mock_backports")
THRESHOLD = 0.95
SOURCES = {
    "mock": ROOT / "src" / "mock",
    **{
        name: ROOT / "packages" / name.replace("_", "-") / "src" / name
        for name in PACKAGES
        if name != "mock"
    },
}
# The deliberate Any bases (typeshed's contract) and what replaces them in the
# copy measured without them.
ANY_BASES = {
    "mock_core/_mock.py": ("class _MockBase(Base, Any):", "class _MockBase(Base):"),
    "mock_core/_base.py": ("    _AnyBase = Any\n", "    _AnyBase = object\n"),
}
# The corpus uses typing.assert_type and ThreadingMock (typeshed: 3.13+).
PYTHON_VERSION = "3.13"

Diagnostic = tuple[str, int, str]


def to_mock(source: str) -> str:
    """The corpus as a user would write it after switching to mock."""
    source = re.sub(r"^from unittest import mock$", "import mock", source, flags=re.M)
    return re.sub(r"\bunittest\.mock\b", "mock", source)


def write_variants(work: Path) -> dict[str, Path]:
    variants = {"unittest.mock": work / "with_unittest_mock", "mock": work / "with_mock"}
    for name, folder in variants.items():
        folder.mkdir()
        for path in sorted(CORPUS.glob("*.py")):
            text = path.read_text(encoding="utf-8")
            (folder / path.name).write_text(
                text if name == "unittest.mock" else to_mock(text), encoding="utf-8"
            )
    return variants


def run_mypy(folder: Path, strict: bool) -> list[Diagnostic]:
    # An empty config of our own: the user's defaults, not this repository's.
    config = folder / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--config-file", str(config)]
    command += ["--python-version", PYTHON_VERSION, "--cache-dir", str(folder / ".mypy_cache")]
    command += ["--show-error-codes", "--no-error-summary", "--hide-error-context"]
    if strict:
        command.append("--strict")
    command += sorted(p.name for p in folder.glob("*.py"))
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"mypy failed:\n{done.stdout}{done.stderr}")
    found = []
    for line in done.stdout.splitlines():
        match = re.match(r"(.+?):(\d+): error: .*?(?:\[([\w-]+)\])?$", line)
        if match:
            found.append((match[1], int(match[2]), match[3] or "", line))
    return _keep(found)


def pyright_command() -> list[str]:
    return [sys.executable, "-m", "pyright"]


def run_pyright(folder: Path) -> list[Diagnostic]:
    config = {"pythonVersion": PYTHON_VERSION, "typeCheckingMode": "standard"}
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    command = [*pyright_command(), "--outputjson", "--pythonpath", sys.executable]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"pyright failed:\n{done.stdout}{done.stderr}") from None
    found = []
    for item in report["generalDiagnostics"]:
        if item["severity"] != "error":
            continue
        name = Path(item["file"]).name
        line = item["range"]["start"]["line"] + 1
        text = f"{name}:{line}: {item['message'].splitlines()[0]} [{item.get('rule', '')}]"
        found.append((name, line, item.get("rule", ""), text))
    return _keep(found)


_messages: dict[Diagnostic, str] = {}


def _keep(found: list[tuple[str, int, str, str]]) -> list[Diagnostic]:
    keys = []
    for name, line, code, text in found:
        key = (name, line, code)
        _messages[key] = text
        keys.append(key)
    return sorted(keys)


def copy_without_any_bases(work: Path) -> Path:
    site = work / "site"
    for name, source in SOURCES.items():
        shutil.copytree(source, site / name, ignore=shutil.ignore_patterns("__pycache__"))
    for relative, (old, new) in ANY_BASES.items():
        path = site / relative
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise SystemExit(f"{relative}: expected one {old!r}; update ANY_BASES")
        path.write_text(text.replace(old, new), encoding="utf-8")
    return site


def verifytypes(package: str, site: Path | None = None) -> float:
    """The score of ``package``: installed, or copied into ``site``."""
    command = [*pyright_command(), "--verifytypes", package, "--outputjson"]
    command += ["--pythonpath", sys.executable]
    env = dict(os.environ)
    if site is not None:
        # pyright takes the interpreter's sys.path: the copies come first.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"pyright --verifytypes failed:\n{done.stdout}{done.stderr}") from None
    completeness = report["typeCompleteness"]
    where = Path(completeness["packageRootDirectory"])
    if site is not None and site not in where.parents:
        raise SystemExit(f"verifytypes read {package} from {where}, not from the copy")
    score = completeness["completenessScore"]
    if site is not None and score < THRESHOLD:
        for item in report["typeCompleteness"]["symbols"]:
            for diag in item.get("diagnostics", []):
                if diag["severity"] == "error":
                    print(f"    {item['name']}: {diag['message'].splitlines()[0]}")
    return float(score)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-verifytypes", action="store_true", help="skip verifytypes")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus")
    options = parser.parse_args()
    failed = False
    if not options.no_corpus:
        work = Path(tempfile.mkdtemp(prefix="mock-typing-"))
        try:
            variants = write_variants(work)
            checkers = {
                "mypy": lambda folder: run_mypy(folder, strict=False),
                "mypy --strict": lambda folder: run_mypy(folder, strict=True),
                "pyright": run_pyright,
            }
            print(f"{'checker':<16}{'unittest.mock':>14}{'mock':>8}")
            for label, check in checkers.items():
                reference = check(variants["unittest.mock"])
                ours = check(variants["mock"])
                print(f"{label:<16}{len(reference):>14}{len(ours):>8}")
                if reference != ours:
                    failed = True
                    for key in sorted(set(ours) - set(reference)):
                        print(f"    new with mock: {_messages[key]}")
                    for key in sorted(set(reference) - set(ours)):
                        print(f"    only with unittest.mock: {_messages[key]}")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if not options.no_verifytypes:
        work = Path(tempfile.mkdtemp(prefix="mock-verifytypes-"))
        try:
            site = copy_without_any_bases(work)
            print(f"{'verifytypes':<16}{'as shipped':>12}{'without the Any base':>22}")
            for package in PACKAGES:
                shipped = verifytypes(package)
                without = verifytypes(package, site)
                print(f"{package:<16}{shipped:>12.1%}{without:>22.1%}")
                failed = failed or without < THRESHOLD
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
