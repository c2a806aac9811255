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
autodoc_default_options = {"show-inheritance": True}

html_theme = "furo"
html_title = f"mock {release}"
html_static_path = ["_static"]
html_theme_options = {
    "source_repository": "",
    "navigation_with_keys": True,
}


# --- signatures with their types ---------------------------------------------
# The packages drop their annotations at run time so that inspect.signature
# shows the reference's plain signatures.  The reference pages show the typed
# signatures of the source instead, without the private parameters (those
# whose names start with "_"), which are not part of the API.

import ast  # noqa: E402
import inspect  # noqa: E402
import textwrap  # noqa: E402

OUR_PACKAGES = ("mock_core", "mock_async", "mock_patch", "mock_backports", "mock")


def _ours(obj: object) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module.split(".")[0] in OUR_PACKAGES


def _constructor(cls: type) -> object | None:
    for klass in cls.__mro__:
        init = vars(klass).get("__init__")
        if init is not None and _ours(klass) and klass.__name__ != "Base":
            return init
    return None


def _public(parameter: str) -> bool:
    # "parent" is how a mock is made a child internally; the reference's pages omit it too.
    return not parameter.startswith("_") and parameter != "parent"


def _source_signature(func: object, drop_first: bool) -> tuple[str, str | None] | None:
    func = inspect.unwrap(func)  # type: ignore[arg-type]
    try:
        source = textwrap.dedent(inspect.getsource(func))  # type: ignore[arg-type]
    except (OSError, TypeError):
        return None
    node = ast.parse(source).body[0]
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += args.defaults
    pairs = list(zip(positional, defaults))
    n_posonly = len(args.posonlyargs)
    if drop_first and pairs:
        pairs = pairs[1:]
        n_posonly = max(n_posonly - 1, 0)
    keep = [(i, a, d) for i, (a, d) in enumerate(pairs) if _public(a.arg)]
    posonly = [a for i, a, _ in keep if i < n_posonly]
    plain = [a for i, a, _ in keep if i >= n_posonly]
    kept_defaults = [d for _, _, d in keep]
    first = next((k for k, d in enumerate(kept_defaults) if d is not None), len(kept_defaults))
    kwonly = [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if _public(a.arg)]
    new = ast.arguments(
        posonlyargs=posonly,
        args=plain,
        vararg=args.vararg,
        kwonlyargs=[a for a, _ in kwonly],
        kw_defaults=[d for _, d in kwonly],
        kwarg=args.kwarg,
        defaults=[d for d in kept_defaults[first:] if d is not None],
    )
    returns = ast.unparse(node.returns) if node.returns is not None else None
    return f"({ast.unparse(new)})", returns


# Where the source's default is a private marker, the page says what it means.
SIGNATURES = {
    "mock_core.ThreadingMock": (
        "(spec: Any = None, side_effect: Any = None, return_value: Any = DEFAULT, "
        "wraps: Any = None, name: Any = None, spec_set: Any = None, unsafe: bool = False, "
        "*, timeout: float | None = DEFAULT_TIMEOUT, **kwargs: Any)",
        None,
    ),
    "mock_core.ThreadingMock.wait_until_called": (
        "(*, timeout: float | None = <the constructor's timeout>)",
        "None",
    ),
}


def _typed_signature(app, what, name, obj, options, signature, return_annotation):  # type: ignore[no-untyped-def]
    if name in SIGNATURES:
        return SIGNATURES[name]
    if not _ours(obj):
        return None
    if what in ("class", "exception"):
        init = _constructor(obj)
        found = _source_signature(init, drop_first=True) if init is not None else None
        return (found[0], None) if found else None
    if signature is None or ":" in signature:
        return None  # an explicit (typed) signature in the page
    if what in ("function", "method", "decorator"):
        bound = what == "method" and not isinstance(
            inspect.getattr_static(_owner(name), name.rsplit(".", 1)[-1], None), staticmethod
        )
        return _source_signature(obj, drop_first=bound)
    return None


def _owner(name: str) -> object:
    module_name, _, rest = name.partition(".")
    obj: object = __import__(module_name)
    for part in rest.split(".")[:-1]:
        obj = getattr(obj, part)
    return obj


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("autodoc-process-signature", _typed_signature)
