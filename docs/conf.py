"""Sphinx configuration of the mock documentation (``hatch run docs:build``)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The packages are imported from the working tree, as the tests do.
for src in ("mock-backports", "mock-core", "mock-async", "mock-patch"):
    sys.path.insert(0, str(ROOT / "packages" / src / "src"))
sys.path.insert(0, str(ROOT / "src"))

project = "mock"
author = "the mock authors"
copyright = "the mock authors"
release = (ROOT / "VERSION").read_text(encoding="utf-8").strip()
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "examples", "performance-table.md", "README.md"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = f"mock {release}"
html_static_path = ["_static"]
html_theme_options = {
    "source_repository": "",
    "navigation_with_keys": True,
}
