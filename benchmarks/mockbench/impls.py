"""The two sides of every comparison: our packages and ``unittest.mock``.

An :class:`Impl` resolves public names (``Mock``, ``AsyncMock``, ``patch``,
...) lazily, so a side whose package is missing or incomplete fails only the
scenarios that need the missing name, with :class:`Missing`.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent.parent

#: Source folders of the working tree, in dependency order.
SOURCE_DIRS = [
    ROOT / "packages" / "mock-backports" / "src",
    ROOT / "packages" / "mock-core" / "src",
    ROOT / "packages" / "mock-async" / "src",
    ROOT / "packages" / "mock-patch" / "src",
    ROOT / "src",
]

OUR_MODULES = ("mock_core", "mock_async", "mock_patch", "mock")
REFERENCE_MODULES = ("unittest.mock",)

#: Set to 1 to benchmark ``unittest.mock`` against itself (every ratio ~1.0).
SELFTEST_ENV = "MOCK_BENCH_SELFTEST"


class Missing(Exception):
    """A name the scenario needs is not provided (yet) by this side."""


def add_source_dirs() -> None:
    """Put the working tree's packages on ``sys.path`` (after the script's folder).

    This makes ``python benchmarks/run.py`` work without installing anything;
    in a hatch environment the members are installed from the same folders.
    """
    position = 1 if sys.path else 0
    for folder in reversed(SOURCE_DIRS):
        text = str(folder)
        if folder.is_dir() and text not in sys.path:
            sys.path.insert(position, text)


def source_pythonpath() -> str:
    """A PYTHONPATH value giving subprocesses the working tree's packages."""
    parts = [str(folder) for folder in SOURCE_DIRS if folder.is_dir()]
    existing = os.environ.get("PYTHONPATH")
    if existing:
        parts.append(existing)
    return os.pathsep.join(parts)


def selftest_enabled() -> bool:
    return os.environ.get(SELFTEST_ENV, "").strip() not in ("", "0")


class Impl:
    """One side of the comparison: names looked up in ``modules``, in order."""

    def __init__(self, label: str, modules: Sequence[str]) -> None:
        self.label = label
        self.modules = tuple(modules)
        self._cache: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Impl({self.label!r}, {self.modules!r})"

    def get(self, name: str) -> Any:
        try:
            return self._cache[name]
        except KeyError:
            pass
        problems = []
        for module_name in self.modules:
            try:
                module = importlib.import_module(module_name)
            except ImportError as exc:
                problems.append(f"import {module_name}: {exc}")
                continue
            if module_name == "mock" and not _is_ours(module):
                # Never benchmark the unrelated mock 5.2.0 from the index.
                problems.append(f"'mock' at {module.__file__} is not this repository's")
                continue
            try:
                value = getattr(module, name)
            except AttributeError:
                problems.append(f"{module_name} has no {name}")
                continue
            self._cache[name] = value
            return value
        raise Missing(f"{self.label}: {name} not found ({'; '.join(problems)})")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)


def _is_ours(module: Any) -> bool:
    origin = getattr(module, "__file__", None)
    if not origin:
        return False
    return Path(origin).resolve().is_relative_to(ROOT / "src")


def reference() -> Impl:
    return Impl("unittest.mock", REFERENCE_MODULES)


def ours(selftest: bool | None = None) -> Impl:
    if selftest is None:
        selftest = selftest_enabled()
    if selftest:
        return Impl("unittest.mock (selftest)", REFERENCE_MODULES)
    return Impl("ours", OUR_MODULES)
