"""The ``mock.mock`` module of mock 5.2.0: every name, public and private.

Code written for mock 5.2.0 imports private helpers from here, so each
section below gathers one member distribution's names.
"""

# --- mock-core -------------------------------------------------------------
# (filled by mock-core)

# --- mock-async ------------------------------------------------------------
# (filled by mock-async)

# --- mock-patch ------------------------------------------------------------
# (filled by mock-patch)

__all__ = (
    # the public names of unittest.mock (Python 3.13), sorted
)
