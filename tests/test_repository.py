"""The shape of the monorepo: one version, one-way pinned dependencies, typed packages."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MEMBERS = {
    "mock-backports": ("mock_backports", []),
    "mock-core": ("mock_core", ["mock-backports"]),
    "mock-async": ("mock_async", ["mock-core"]),
    "mock-patch": ("mock_patch", ["mock-async"]),
}
VERSION = (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def _dependencies(pyproject: Path) -> list[str]:
    text = pyproject.read_text(encoding="utf-8")
    match = re.search(r"^dependencies = \[(.*?)\]", text, re.M | re.S)
    assert match, f"{pyproject} has no static dependencies"
    return re.findall(r'"([^"]+)"', match.group(1))


def test_version_is_above_the_release_we_replace():
    """VERSION holds one version newer than mock 5.2.0."""
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+)?", VERSION)
    assert tuple(int(p) for p in VERSION.split(".")[:3]) > (5, 2, 0)


@pytest.mark.parametrize("dist", sorted(MEMBERS))
def test_member_pins_its_one_dependency_at_the_shared_version(dist):
    """Each member depends on the member below it alone, pinned with == to VERSION."""
    expected = [f"{dep}=={VERSION}" for dep in MEMBERS[dist][1]]
    assert _dependencies(ROOT / "packages" / dist / "pyproject.toml") == expected


def test_root_pins_every_member_at_the_shared_version():
    """The mock meta-package pins all four members with == to VERSION."""
    assert _dependencies(ROOT / "pyproject.toml") == [f"{d}=={VERSION}" for d in MEMBERS]


def test_mock_version_matches_VERSION():
    """mock.__version__ and version_info agree with the VERSION file."""
    import mock

    assert mock.__version__ == VERSION
    assert mock.version_info == tuple(int(p) for p in VERSION.split(".")[:3])


@pytest.mark.parametrize("dist", sorted(MEMBERS))
def test_member_has_the_common_shape(dist):
    """Every member has pyproject.toml, README.md and src/<import_name>/ with py.typed."""
    folder = ROOT / "packages" / dist
    module = MEMBERS[dist][0]
    for part in (
        "pyproject.toml",
        "README.md",
        f"src/{module}/__init__.py",
        f"src/{module}/py.typed",
    ):
        assert (folder / part).is_file(), f"{dist} lacks {part}"


@pytest.mark.parametrize("dist", sorted(MEMBERS))
def test_other_members_are_imported_only_from_deps(dist):
    """A member names other members only in its _deps.py, so vendoring rewrites one file."""
    module = MEMBERS[dist][0]
    others = [m for m, _ in MEMBERS.values() if m != module] + ["mock"]
    alternatives = "|".join(others)
    pattern = re.compile(rf"^\s*(from|import)\s+({alternatives})\b", re.M)
    for path in (ROOT / "packages" / dist / "src" / module).rglob("*.py"):
        if path.name == "_deps.py":
            continue
        assert not pattern.search(path.read_text(encoding="utf-8")), (
            f"{path} imports another member"
        )


def _imported_siblings(path: Path, package: str) -> set[str]:
    """The modules of ``package`` that ``path`` imports, at any depth (lazy imports too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:  # from . import _x
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith(f"{package}."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(f"{package}."):
                    found.add(alias.name.split(".")[1])
    return found


def _import_cycle(folder: Path, package: str) -> list[str] | None:
    """One cycle of imports between the modules of a package, or None."""
    graph = {
        path.stem: _imported_siblings(path, package) - {path.stem}
        for path in folder.glob("*.py")
        if path.name != "__init__.py"
    }
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> list[str] | None:
        if module in trail:
            return [*trail[trail.index(module) :], module]
        if module in done or module not in graph:
            return None
        for imported in sorted(graph[module]):
            cycle = visit(imported, [*trail, module])
            if cycle:
                return cycle
        done.add(module)
        return None

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle:
            return cycle
    return None


@pytest.mark.parametrize(
    "dist",
    sorted(MEMBERS),
)
def test_no_import_cycle_between_modules(dist):
    """No module of a member imports, directly or through others, one that imports it."""
    module = MEMBERS[dist][0]
    assert _import_cycle(ROOT / "packages" / dist / "src" / module, module) is None


def test_import_cycle_finder_sees_lazy_imports(tmp_path):
    """The cycle finder reports an import made inside a function."""
    (tmp_path / "_a.py").write_text("from ._b import x\n", encoding="utf-8")
    (tmp_path / "_b.py").write_text("def f():\n    from . import _a\n", encoding="utf-8")
    assert _import_cycle(tmp_path, "pkg") == ["_a", "_b", "_a"]


@pytest.mark.parametrize("module", ["mock_backports", "mock_core"])
def test_import_does_not_load_asyncio(module):
    """Importing mock_backports or mock_core leaves asyncio unimported."""
    code = f"import sys, {module}; print('asyncio' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_mock_exports_every_public_name_of_unittest_mock():
    """import mock gives unittest.mock's public names of 3.13, plus the version names."""
    import mock

    names_313 = {
        "ANY", "AsyncMock", "DEFAULT", "FILTER_DIR", "MagicMock", "Mock", "NonCallableMagicMock",
        "NonCallableMock", "PropertyMock", "ThreadingMock", "call", "create_autospec", "mock_open",
        "patch", "seal", "sentinel",
    }  # fmt: skip
    assert set(mock.__all__) == names_313 | {"__version__", "version_info"}
    for name in mock.__all__:
        assert hasattr(mock, name), name
    import mock.backports
    import mock.mock

    assert mock.mock.Mock is mock.Mock
    assert mock.backports.iscoroutinefunction is not None


def test_siblings_use_only_the_cores_public_and_internals_modules() -> None:
    """mock-async and mock-patch import mock_core and mock_core._internals only."""
    import re

    wrong = []
    for member in ("mock-async", "mock-patch"):
        for path in sorted((ROOT / "packages" / member / "src").rglob("*.py")):
            for line in path.read_text().splitlines():
                found = re.match(r"\s*(?:from|import) (mock_core[\w.]*)", line)
                if found and found.group(1) not in ("mock_core", "mock_core._internals"):
                    wrong.append(f"{path.name}: {line.strip()}")
    assert wrong == []
