"""Users' type checkers see with ``mock`` what they see with ``unittest.mock``.

The corpus in tests/typing/ is written against ``unittest.mock`` (typed by
typeshed's stdlib stub).  It is checked twice, as written and with the import
switched to ``mock``, under mypy (default and ``--strict``) and pyright
(standard); every checker must report the same errors (file, line, code) for
both.  Then ``pyright --verifytypes`` scores each package as installed.

verifytypes counts a class with an ``Any`` base as partially unknown (its
metaclass and base class are unknown to pyright), and so every class deriving
from it and every name bound to one.  typeshed's contract gives NonCallableMock
(and ``_ANY``) that base, and pyright lets a mock stand in for any type only
because of it (``db: Database = Mock()``; the corpus checks this), so the mock
classes cannot score as known and 95% is out of reach for mock, mock_core and
mock_async.  What is enforced instead, on the installed packages: no
verifytypes error other than those the ``Any`` base causes, and no score below
the one recorded in ``FLOORS``.

Run from an environment where the packages and mock are importable, with
mypy and pyright installed (``hatch run typing:check``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "typing"
PACKAGES = ("mock", "mock_core", "mock_async", "mock_patch", "mock_backports")
# The scores as shipped: every unknown exported symbol is a mock class (or ANY)
# with the Any base.  Raise a floor when the score rises; lower one only for
# a new public name bound to such a class.
FLOORS = {
    "mock": 34 / 51,
    "mock_core": 10 / 17,
    "mock_async": 2 / 3,
    "mock_patch": 1.0,
    "mock_backports": 1.0,
}
# The classes given the Any base on purpose (typeshed's contract).
ANY_BASES = frozenset({"mock_core._state._MockBase", "mock_core._base._ANY"})
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


def _caused_by_any_base(symbol: str, message: str) -> bool:
    """Whether a verifytypes error follows from the deliberate Any bases alone.

    Each class's own errors are listed with it, so a subclass or a module
    reported "partially unknown" through one of them adds nothing new."""
    first = message.splitlines()[0]
    if first == "Type of base class unknown":
        return symbol in ANY_BASES
    if first == "Type of metaclass unknown":
        return True
    if re.fullmatch(r'Type of base class "[\w.]+" is partially unknown', first):
        return True
    return re.fullmatch(r'Module "[\w.]+" is partially unknown', first) is not None


def verifytypes(package: str) -> tuple[float, list[str]]:
    """The score of the installed ``package`` and the errors not explained by the Any base."""
    command = [*pyright_command(), "--verifytypes", package, "--outputjson"]
    command += ["--pythonpath", sys.executable]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"pyright --verifytypes failed:\n{done.stdout}{done.stderr}") from None
    completeness = report["typeCompleteness"]
    unexplained = []
    for item in completeness["symbols"]:
        for diag in item.get("diagnostics", []):
            if diag["severity"] != "error":
                continue
            if not _caused_by_any_base(item["name"], diag["message"]):
                unexplained.append(f"{item['name']}: {diag['message'].splitlines()[0]}")
    return float(completeness["completenessScore"]), unexplained


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
        print(f"{'verifytypes':<16}{'installed':>10}{'floor':>8}")
        for package in PACKAGES:
            score, unexplained = verifytypes(package)
            print(f"{package:<16}{score:>10.1%}{FLOORS[package]:>8.1%}")
            for line in unexplained:
                print(f"    not from the Any base: {line}")
            # The scores are ratios of small counts: allow for rounding.
            failed = failed or bool(unexplained) or score < FLOORS[package] - 1e-9
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
