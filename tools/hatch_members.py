"""Hatch metadata hook shared by every member of the monorepo.

The version is set in one place, the repository's VERSION file.  Members pin
each other with ``==``; hatch's workspaces cannot resolve dynamic
dependencies, so the pins are written out in each pyproject.toml and this
hook refuses to build when one of them has drifted from VERSION
(``python tools/bump_version.py X.Y.Z`` rewrites them all).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

MEMBERS = ("mock-backports", "mock-core", "mock-async", "mock-patch")


def find_version(start: Path) -> str:
    for folder in (start, *start.parents):
        candidate = folder / "VERSION"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8").strip()
    raise FileNotFoundError(f"no VERSION file in {start} or above it")


class MembersMetadataHook(MetadataHookInterface):
    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        version = find_version(Path(self.root))
        metadata["version"] = version
        for requirement in metadata.get("dependencies", []):
            name, _, pinned = requirement.partition("==")
            if name.strip() in MEMBERS and pinned.strip() != version:
                raise ValueError(
                    f"{metadata['name']} pins {requirement!r} but VERSION says {version}: "
                    f"run 'python tools/bump_version.py {version}'"
                )
        module = Path(self.root) / "src" / "mock" / "_version.py"
        if module.is_file() and f'"{version}"' not in module.read_text(encoding="utf-8"):
            raise ValueError(
                f"{module} disagrees with VERSION ({version}): "
                f"run 'python tools/bump_version.py {version}'"
            )
