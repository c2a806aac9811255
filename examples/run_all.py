"""The demo: run every example module in this folder and report each one."""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ["core_basics", "seed_async", "seed_patching"]


def main() -> int:
    sys.path.insert(0, str(HERE))
    failed = 0
    for name in MODULES:
        print(f"== examples/{name}.py")
        try:
            importlib.import_module(name).main()
        except Exception:
            failed += 1
            traceback.print_exc()
    print(f"demo: {len(MODULES) - failed} of {len(MODULES)} example modules ran")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
