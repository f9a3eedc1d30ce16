"""Start-up to the login window, against a bare PySide6 dialog in the same run.

Each sample is a fresh process: the parent notes time.time() just before
Popen and the child prints the seconds since then once its dialog has been
shown and the first events processed, so interpreter start is included on
both sides. The two kinds alternate so that machine noise hits both alike.

    python bench/startup.py [--runs 7]

Budget: the app's median is at most 2.0x the bare median, and neither
ReportLab nor Alembic (nor SQLAlchemy) is imported by the time the login
window shows: the store opens behind it while the clerk types.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_RATIO = 2.0
T0_ENV = "COUNTER_BENCH_T0"
DB_ENV = "COUNTER_BENCH_DB"
HEAVY = ("reportlab", "alembic", "sqlalchemy")

# The app's own start path (counter_app.ui.app.Startup), timed at the login
# window's first paint; then, for information, until the store is open and
# the login button is enabled.
APP_CHILD = f"""
import os, sys, time, json
t0 = float(os.environ["{T0_ENV}"])
from PySide6.QtCore import QEvent, QObject, QSettings
from counter_app.ui.app import Startup, make_application
from counter_app.ui.settings import Settings
app = make_application([sys.argv[0]])
shown = []
heavy = []
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not shown:
            shown.append(time.time() - t0)
            heavy.extend(sorted(m for m in {HEAVY!r} if m in sys.modules))
        return False
settings = Settings(QSettings(os.environ["{DB_ENV}"] + ".ini", QSettings.Format.IniFormat))
startup = Startup(os.environ["{DB_ENV}"], settings)
watch = Watch()
startup.login.installEventFilter(watch)
startup.start()
while not startup.login.ui.loginButton.isEnabled():
    app.processEvents()
ready = time.time() - t0
assert shown and startup.login.isVisible()
print(json.dumps({{"elapsed": shown[0], "ready": ready, "heavy": heavy}}))
startup.ctx.close()
"""

BARE_CHILD = f"""
import os, sys, time, json
t0 = float(os.environ["{T0_ENV}"])
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication([sys.argv[0]])
dialog = QDialog()
dialog.show()
app.processEvents()
elapsed = time.time() - t0
assert dialog.isVisible()
print(json.dumps({{"elapsed": elapsed, "heavy": []}}))
"""


def prepare_database(folder: Path) -> Path:
    """A store already set up with a hall, as on every start after the first."""
    from counter_app.bootstrap import open_context
    from counter_app.sample_hall import set_up_hall

    db = folder / "counter.db"
    ctx = open_context(str(db))
    try:
        set_up_hall(ctx, password="bench-pass-123")
    finally:
        ctx.close()
    return db


def child_env(folder: Path, db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folder / "home"),
        XDG_DATA_HOME=str(folder / "home" / "data"),
        XDG_CONFIG_HOME=str(folder / "home" / "config"),
        XDG_RUNTIME_DIR=str(folder / "runtime"),
        PYTHONIOENCODING="utf-8",
    )
    env[DB_ENV] = str(db)
    return env


def sample(code: str, env: dict[str, str]) -> tuple[float, list[str], float]:
    env = dict(env)
    env[T0_ENV] = repr(time.time())
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    out, err = proc.communicate(timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}):\n{err}")
    last = out.strip().splitlines()[-1]
    result = json.loads(last)
    return float(result["elapsed"]), list(result["heavy"]), float(result.get("ready", 0.0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="samples of each kind (default 7)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="counter-bench-") as tmp:
        folder = Path(tmp)
        (folder / "runtime").mkdir(mode=0o700)
        db = prepare_database(folder)
        env = child_env(folder, db)
        # One untimed run of each warms the file cache and the bytecode cache.
        sample(APP_CHILD, env)
        sample(BARE_CHILD, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        ready_times: list[float] = []
        heavy_seen: set[str] = set()
        for _ in range(args.runs):
            elapsed, heavy, ready = sample(APP_CHILD, env)
            app_times.append(elapsed)
            ready_times.append(ready)
            heavy_seen.update(heavy)
            elapsed, _, _ = sample(BARE_CHILD, env)
            bare_times.append(elapsed)

    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median

    def ms(values: list[float]) -> str:
        return " ".join(f"{v * 1000:.0f}" for v in values)

    print(f"start-up to login window shown, {args.runs} runs each, alternating (ms)")
    print(f"  app : median {app_median * 1000:7.1f}   runs: {ms(app_times)}")
    print(f"  bare: median {bare_median * 1000:7.1f}   runs: {ms(bare_times)}")
    ready_median = statistics.median(ready_times)
    print(f"  app, store open and login enabled (information): median {ready_median * 1000:7.1f}")
    within = ratio <= BUDGET_RATIO
    print(
        f"  ratio app/bare: {ratio:.2f}x   budget: ≤ {BUDGET_RATIO:.1f}×   "
        f"{'OK' if within else 'OVER BUDGET'}"
    )
    for module in HEAVY:
        state = "IMPORTED (must not be)" if module in heavy_seen else "not imported"
        print(f"  {module} at login: {state}")
    return 0 if within and not heavy_seen else 1


if __name__ == "__main__":
    sys.exit(main())
