"""pytest puts this folder on sys.path: every test folder imports the helpers in support/."""

import os

# Under `hatch test --cover`, coverage's .pth file would start measuring in every
# Python the tests launch, and so load modules that the import tests assert absent.
os.environ.pop("COVERAGE_PROCESS_START", None)
