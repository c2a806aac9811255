"""A member copied into another project's _vendor folder works there."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _vendor(module: str, into: Path, vendored: list[str]) -> None:
    shutil.copytree(ROOT / "packages" / module.replace("_", "-") / "src" / module, into / module)
    deps = into / module / "_deps.py"
    if not deps.exists():  # mock_backports depends on no other member
        return
    text = deps.read_text(encoding="utf-8")
    # What a vendoring tool does: point the imports of other members at the copies.
    for name in vendored:
        text = re.sub(
            rf"^(\s*)(from|import) {name}\b", rf"\1\2 yourpkg._vendor.{name}", text, flags=re.M
        )
    deps.write_text(text, encoding="utf-8")


def test_vendored_mock_core_works_without_the_installed_packages(tmp_path):
    """mock_core and mock_backports copied under yourpkg/_vendor/ build and check mocks."""
    vendor = tmp_path / "yourpkg" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "yourpkg" / "__init__.py").write_text("", encoding="utf-8")
    (vendor / "__init__.py").write_text("", encoding="utf-8")
    _vendor("mock_backports", vendor, [])
    _vendor("mock_core", vendor, ["mock_backports"])
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, ".")
        from yourpkg._vendor.mock_core import MagicMock, Mock, call
        m = Mock(return_value=3)
        assert m(1, k=2) == 3
        m.assert_called_once_with(1, k=2)
        mm = MagicMock()
        mm.child.method(5)
        assert mm.mock_calls == [call.child.method(5)]
        assert len(mm) == 0
        loaded = sorted(n for n in sys.modules if n.startswith("mock"))
        print(loaded)
        """
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
