"""One copy per account and store: a second start asks the first to come forward and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from counter_app.ui.single_instance import claim, instance_name

REPO_ROOT = Path(__file__).resolve().parents[2]
SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from counter_app.ui.single_instance import claim
app = QCoreApplication([])
got = claim(sys.argv[1], Path(sys.argv[2]))
print("first" if got is not None else "second", flush=True)
if got is not None and len(sys.argv) > 3:
    sys.stdin.read()  # hold the lock until killed
"""


def start(db: Path, lock_dir: Path, hold: bool = False) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-c", SECOND, str(db), str(lock_dir), *(["hold"] if hold else [])]
    return subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_second_start_brings_the_first_forward_and_exits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "counter.db"
    first = claim(str(db), tmp_path)
    assert first is not None
    try:
        with qtbot.waitSignal(first.show_requested, timeout=20_000):
            second = start(db, tmp_path)
            # Our event loop runs inside waitSignal, so the first copy answers.
        out, _ = second.communicate(timeout=20)
        assert second.returncode == 0 and out.strip() == "second"
    finally:
        first.release()


def test_another_store_or_account_is_another_instance(tmp_path: Path) -> None:
    assert instance_name("/a/counter.db", "clerk1") != instance_name("/b/counter.db", "clerk1")
    assert instance_name("/a/counter.db", "clerk1") != instance_name("/a/counter.db", "clerk2")
    assert instance_name("/a/./counter.db", "clerk1") == instance_name("/a/counter.db", "clerk1")
    first = claim(str(tmp_path / "one.db"), tmp_path)
    other = claim(str(tmp_path / "two.db"), tmp_path)
    try:
        assert first is not None and other is not None
    finally:
        for got in (first, other):
            if got is not None:
                got.release()


def test_a_killed_first_copy_does_not_block_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    held = start(db, tmp_path, hold=True)
    assert held.stdout is not None and held.stdout.readline().strip() == "first"
    os.kill(held.pid, signal.SIGKILL)
    held.communicate(timeout=10)  # waits, and closes its pipes
    assert list(tmp_path.glob("*.lock"))  # left behind by the kill
    again = claim(str(db), tmp_path)
    try:
        assert again is not None  # the stale lock was taken over
    finally:
        if again is not None:
            again.release()
