"""Start-up measured as users start the program: the login window's first paint.

With ``COUNTER_APP_PAINT_PROBE`` naming a file, the program writes there, as one
JSON line, the time of the login window's first paint and which heavy modules were
loaded by then, and exits at once (bench/startup.py, tests/test_startup_imports.py).
Nothing is opened by then, so exiting there leaves nothing half-done.
"""

from __future__ import annotations

import json
import os
import sys
import time

PAINT_PROBE_ENV = "COUNTER_APP_PAINT_PROBE"

# What the login window must not wait for: the store, the services, printing, workbooks.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "reportlab",
    "cn2an",
    "openpyxl",
    "lxml",
    "counter_app.store",
    "counter_app.services",
    "counter_app.printing",
)


def heavy_loaded() -> list[str]:
    return [name for name in HEAVY if name in sys.modules]


def probe_file() -> str | None:
    return os.environ.get(PAINT_PROBE_ENV) or None


def report_first_paint(path: str) -> None:
    """Write the paint's time and the heavy modules loaded, then end the process."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"painted": time.time(), "heavy": heavy_loaded()}) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the measure ends at the paint: no teardown, nothing open to close
