"""inspect.signature of the mock classes and of their __init__ and __new__ is the reference's."""

from __future__ import annotations

import inspect

import pytest
from support.differential import same
from support.reference_facts import reason, stdlib_matches

CLASSES = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock"]


@pytest.mark.parametrize("name", CLASSES + ["AsyncMock", "ThreadingMock"])
@pytest.mark.parametrize("member", ["", "__init__", "__new__"])
def test_signature_is_the_references(name: str, member: str) -> None:
    """The class (as inspect sees a call of it), its __init__ and its __new__ take the
    reference's parameters."""
    fact = "threading_mock" if name == "ThreadingMock" else "mock_class_signatures"

    def scenario(lib):
        cls = getattr(lib, name)
        return str(inspect.signature(getattr(cls, member) if member else cls))

    if not stdlib_matches(fact):
        pytest.skip(reason(fact))
    same(scenario, fact=fact)


def test_callable_classes_share_callable_mixins_init() -> None:
    """Mock and PropertyMock have no __init__ of their own: they use CallableMixin's,
    which reaches NonCallableMock.__init__ through super(), as in the reference."""

    def scenario(lib):
        return [
            "__init__" in vars(getattr(lib, name)) for name in ("Mock", "PropertyMock", "MagicMock")
        ]

    assert same(scenario) == [False, False, False]
