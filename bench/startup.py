"""Start-up as users start the program, against bare PySide6 in the same run.

Whole processes, timed from outside (start to exit), the two kinds of each pair
alternating so that machine noise hits both alike, after one untimed run of each:

- the installed entry point (``counter-app`` beside this interpreter) with no
  sub-command, on a fresh data folder whose store was set up beforehand (through
  ``counter-app init``), so it reaches the login window, not the first-run dialog;
  it ends at the login window's first paint (``COUNTER_APP_PAINT_PROBE``: the
  program writes which heavy modules it had loaded by then and exits) — against a
  bare PySide6 script that shows a QWidget and exits at its first paint the same way;
- ``counter-app --version`` against ``python -c "import PySide6.QtWidgets"``;
- where ``dist/counter-app`` holds a built program, the same two for it.

    python bench/startup.py [--runs 7] [--platform offscreen|xcb|windows]

Budget: each median of the pairs' ratios is at most 2.0x, and the login window is
painted before SQLAlchemy, ReportLab, cn2an, openpyxl or any service is loaded.
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
from dataclasses import dataclass, field
from pathlib import Path

BUDGET_RATIO = 2.0
PROBE_ENV = "COUNTER_APP_PAINT_PROBE"  # counter_app/startup_probe.py
REPO = Path(__file__).resolve().parents[1]
EXE = "counter-app.exe" if os.name == "nt" else "counter-app"
PASSWORD = "bench-pass-123"

# Shows a bare window and ends at its first paint, as the app's probe does.
BARE_WINDOW = f"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def report():
    with open(os.environ["{PROBE_ENV}"], "w", encoding="utf-8") as out:
        out.write(json.dumps({{"painted": time.time(), "heavy": []}}) + "\\n")
    os._exit(0)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

app = QApplication([sys.argv[0]])
window = QWidget()
window.resize(400, 300)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""
BARE_IMPORT = "import PySide6.QtWidgets"


@dataclass
class Pair:
    what: str
    command: list[str]
    bare_what: str
    bare: list[str]
    painted: bool  # each run must reach a first paint (the probe file is written)
    times: list[float] = field(default_factory=list)
    bare_times: list[float] = field(default_factory=list)
    heavy: set[str] = field(default_factory=set)

    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.times, self.bare_times, strict=True)]


def entry_point() -> Path:
    folder = Path(sys.executable).parent
    path = folder / EXE
    if not path.exists():
        raise SystemExit(f"no installed entry point at {path}: pip install -e . first")
    return path


def bench_env(folder: Path, platform: str) -> dict[str, str]:
    """A fresh home and data folder (the machine-wide one, moved inside ``folder``)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COUNTER_APP_") and not k.startswith("XDG_")
    }
    home = folder / "home"
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(folder / "runtime"),
        COUNTER_APP_DATA_DIR=str(folder / "data"),  # never the PC's machine-wide folder
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM=platform,
    )
    (folder / "runtime").mkdir(mode=0o700)
    home.mkdir()
    return env


def set_up_store(program: Path, env: dict[str, str]) -> None:
    """As on every start after the first: a hall and its administrator."""
    init = [str(program), "init", "--hall-code", "330101", "--hall-name", "基准营业厅"]
    result = subprocess.run(
        [*init, "--admin", "admin"],
        env={**env, "COUNTER_APP_ADMIN_PASSWORD": PASSWORD},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"{program} init failed:\n{result.stderr}")


def run_once(
    command: list[str], env: dict[str, str], probe: Path | None
) -> tuple[float, list[str]]:
    """Seconds from start to exit, and the heavy modules the probe saw at the paint."""
    env = dict(env)
    if probe is not None:
        probe.unlink(missing_ok=True)
        env[PROBE_ENV] = str(probe)
    started = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}):\n{result.stderr}")
    if probe is None:
        return elapsed, []
    if not probe.exists():
        raise SystemExit(f"{command[0]} ended without painting a window:\n{result.stderr}")
    return elapsed, list(json.loads(probe.read_text(encoding="utf-8"))["heavy"])


def measure(pair: Pair, env: dict[str, str], runs: int, probe: Path) -> None:
    watch = probe if pair.painted else None
    run_once(pair.command, env, watch)  # untimed: file cache and bytecode cache warm
    run_once(pair.bare, env, watch)
    for _ in range(runs):
        elapsed, heavy = run_once(pair.command, env, watch)
        pair.times.append(elapsed)
        pair.heavy.update(heavy)
        elapsed, _ = run_once(pair.bare, env, watch)
        pair.bare_times.append(elapsed)


def report(pair: Pair) -> bool:
    def ms(values: list[float]) -> str:
        return " ".join(f"{v * 1000:.0f}" for v in values)

    ratio = statistics.median(pair.ratios())
    within = ratio <= BUDGET_RATIO and not pair.heavy
    print(f"{pair.what}  vs  {pair.bare_what}")
    print(
        f"  program: median {statistics.median(pair.times) * 1000:7.1f} ms  runs: {ms(pair.times)}"
    )
    bare_median = statistics.median(pair.bare_times) * 1000
    print(f"  bare   : median {bare_median:7.1f} ms  runs: {ms(pair.bare_times)}")
    print(
        f"  ratio (median of the pairs): {ratio:.2f}x   budget: <= {BUDGET_RATIO:.1f}x   "
        f"{'OK' if ratio <= BUDGET_RATIO else 'OVER BUDGET'}"
    )
    if pair.painted:
        loaded = ", ".join(sorted(pair.heavy)) or "none"
        print(f"  heavy modules loaded at the first paint: {loaded}")
    return within


def pairs_for(program: Path, label: str) -> list[Pair]:
    python = [sys.executable]
    return [
        Pair(
            f"{label}: login window, first paint",
            [str(program)],
            "bare PySide6 QWidget, first paint",
            [*python, "-c", BARE_WINDOW],
            painted=True,
        ),
        Pair(
            f"{label} --version",
            [str(program), "--version"],
            f'python -c "{BARE_IMPORT}"',
            [*python, "-c", BARE_IMPORT],
            painted=False,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="pairs of runs (default 7)")
    parser.add_argument(
        "--platform", default="offscreen", help="Qt platform (default offscreen; xcb on a display)"
    )
    args = parser.parse_args(argv)

    programs = [(entry_point(), "counter-app (installed entry point)")]
    built = REPO / "dist" / "counter-app" / EXE
    if built.is_file():
        programs.append((built, "dist/counter-app (built program)"))
    else:
        print(f"no built program at {built}: `make dist` to time it too\n")
    ok = True
    for program, label in programs:
        with tempfile.TemporaryDirectory(prefix="counter-bench-") as tmp:
            folder = Path(tmp)
            env = bench_env(folder, args.platform)
            set_up_store(program, env)
            for pair in pairs_for(program, label):
                measure(pair, env, args.runs, folder / "painted.json")
                ok = report(pair) and ok
                print()
    print(f"{args.runs} pairs each, whole processes, A and B alternating")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
