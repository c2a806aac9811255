"""Hatch metadata hook shared by every member of the monorepo.

It sets the version from the repository's VERSION file, the one place that
holds it, and turns the member names listed under ``pins`` into exact ``==``
requirements at that version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


def _find_version(start: Path) -> str:
    for folder in (start, *start.parents):
        candidate = folder / "VERSION"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8").strip()
    raise FileNotFoundError(f"no VERSION file above {start}")


class MembersMetadataHook(MetadataHookInterface):
    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        version = _find_version(Path(self.root))
        metadata["version"] = version
        pins = [f"{name}=={version}" for name in self.config.get("pins", [])]
        metadata["dependencies"] = [*pins, *metadata.get("dependencies", [])]
