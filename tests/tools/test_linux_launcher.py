"""The Linux desktop launcher: a program that cannot start is said in a dialog."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tools import linux_dist

LAUNCHER = Path(linux_dist.__file__).resolve().parents[1] / "packaging" / "linux"


def fake(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "counter-app"
    folder.mkdir()
    linux_dist.add_launcher(folder)
    return folder


def start(build: Path, tmp_path: Path, program: str, dialog: str = "zenity") -> tuple[int, str]:
    """Run the launcher with ``program`` as the built program and a ``dialog`` tool that
    records what it was asked to show; the exit status and that text."""
    fake(build / "counter-app", program)
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    shown = tmp_path / "shown.txt"
    fake(tools / dialog, f'printf "%s\\n" "$@" > "{shown}"')
    env = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}", "TMPDIR": str(tmp_path)}
    status = subprocess.run([str(build / "start-counter-app.sh")], env=env).returncode
    return status, shown.read_text(encoding="utf-8") if shown.exists() else ""


@pytest.mark.skipif(shutil.which("sh") is None, reason="a POSIX shell")
def test_a_program_qt_aborts_is_said_in_a_dialog_with_its_error(
    build: Path, tmp_path: Path
) -> None:
    status, shown = start(
        build,
        tmp_path,
        'echo "qt.qpa.plugin: Could not load the Qt platform plugin xcb" >&2; kill -ABRT $$',
    )
    assert status == 134
    assert "柜台助手未能启动（退出码 134）" in shown and "README-linux.txt" in shown
    assert "Could not load the Qt platform plugin xcb" in shown


@pytest.mark.skipif(
    bool(shutil.which("zenity") or shutil.which("kdialog")), reason="a PC without zenity"
)
def test_xmessage_gets_the_message_in_english(build: Path, tmp_path: Path) -> None:
    status, shown = start(build, tmp_path, "kill -ABRT $$", dialog="xmessage")
    assert status == 134
    assert "could not start (exit status 134)" in shown and "README-linux.txt" in shown
    assert shown.isascii()


@pytest.mark.parametrize("code", [0, 1, 2])
def test_a_normal_end_or_the_programs_own_refusal_shows_nothing_more(
    build: Path, tmp_path: Path, code: int
) -> None:
    status, shown = start(build, tmp_path, f"exit {code}")
    assert status == code and shown == ""


def test_the_desktop_file_starts_the_launcher(build: Path) -> None:
    desktop = (build / "counter-app.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/counter-app/start-counter-app.sh" in desktop
    assert os.access(build / "start-counter-app.sh", os.X_OK)
