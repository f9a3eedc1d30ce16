"""The `counter-app` command, run as a real process the way an installer or admin would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app import __version__
from counter_app.services import auth
from counter_app.services.context import open_context

REPO_ROOT = Path(__file__).resolve().parents[1]
ADMIN_PASSWORD = "hall-admin-pass-9"
INIT = [
    "init",
    "--hall-code",
    "330101",
    "--hall-name",
    "城关供电营业厅",
    "--hall-address",
    "城关镇人民路1号",
    "--admin",
    "wang",
    "--admin-name",
    "王管理",
    "--admin-staff-no",
    "A001",
]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: no inherited app variables, no real home or data folder."""
    home = tmp_path / "home"
    home.mkdir()
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COUNTER_APP_") and not k.startswith("XDG_")
    }
    clean.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return clean


def run_cli(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app.cli", *args],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,  # no TTY: the password cannot be typed
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def has_chinese(message: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", message) is not None


def hall_in(db: Path) -> auth.HallInfo | None:
    if not db.exists():
        return None
    ctx = open_context(str(db))
    try:
        return auth.current_hall(ctx)
    finally:
        ctx.close()


def test_version(env: dict[str, str]) -> None:
    result = run_cli(["--version"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"counter-app {__version__}"


def test_help_lists_the_sub_commands(env: dict[str, str]) -> None:
    result = run_cli(["--help"], env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "usage: counter-app" in out
    assert re.search(r"^\s+gui\s+启动图形界面", out, re.MULTILINE), out
    assert re.search(r"^\s+init\s+不打开界面完成首次设置", out, re.MULTILINE), out
    assert "--db" in out and "COUNTER_APP_DB" in out


def test_init_help_names_the_password_variable(env: dict[str, str]) -> None:
    result = run_cli(["init", "--help"], env)
    assert result.returncode == 0, result.stderr
    assert "COUNTER_APP_ADMIN_PASSWORD" in result.stdout
    assert "--hall-code" in result.stdout


def test_init_without_a_tty_takes_the_password_from_the_environment(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "data" / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    result = run_cli(["--db", str(db), *INIT], env)
    assert result.returncode == 0, result.stderr
    assert "已设置营业厅 330101 城关供电营业厅，管理员 wang" in result.stdout
    assert ADMIN_PASSWORD not in result.stdout + result.stderr

    ctx = open_context(str(db))
    try:
        hall = auth.current_hall(ctx)
        assert hall is not None
        assert (hall.code, hall.name, hall.address) == (
            "330101",
            "城关供电营业厅",
            "城关镇人民路1号",
        )
        admin = auth.login(ctx, "wang", ADMIN_PASSWORD)
        assert (admin.role, admin.display_name, admin.staff_no) == ("admin", "王管理", "A001")
    finally:
        ctx.close()
    # Nothing was written to the (temporary) home folder's data location.
    assert not (tmp_path / "home" / ".local" / "share" / "CounterAssistant").exists()


def test_init_twice_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    assert run_cli(["--db", str(db), *INIT], env).returncode == 0
    again = run_cli(["--db", str(db), *INIT], env)
    assert again.returncode != 0
    assert "营业厅已经设置过" in again.stderr


def test_init_without_a_tty_or_password_variable_fails_in_chinese(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "counter.db"
    result = run_cli(["--db", str(db), *INIT], env)
    assert result.returncode != 0
    assert "COUNTER_APP_ADMIN_PASSWORD" in result.stderr
    assert has_chinese(result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()  # the password is asked before the store is created


def test_import_calendar_from_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["日期", "类型"])
    book.active.append(["2027-01-01", "节假日"])
    book.active.append(["2027-01-09", "调休上班"])
    good = tmp_path / "cal.xlsx"
    book.save(good)
    book.active.append(["2027-13-01", "节假日"])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    db = tmp_path / "counter.db"
    result = run_cli(["--db", str(db), "import-calendar", str(good)], env)
    assert result.returncode == 0, result.stderr
    assert "2027年：2 天" in result.stdout
    refused = run_cli(["--db", str(db), "import-calendar", str(bad)], env)
    assert refused.returncode == 1 and "第4行" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_init_with_a_too_short_password_says_why(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = "short"
    result = run_cli(["--db", str(db), *INIT], env)
    assert result.returncode != 0
    assert "未完成设置：密码至少8位" in result.stderr
    assert "Traceback" not in result.stderr
    assert hall_in(db) is None


def test_init_with_a_bad_hall_code_says_why(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    args = [a if a != "330101" else "33-01" for a in INIT]
    result = run_cli(["--db", str(db), *args], env)
    assert result.returncode != 0
    assert "营业厅编码应为4至20位字母或数字" in result.stderr
    assert hall_in(db) is None


def test_init_missing_a_required_option_fails_before_touching_anything(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    result = run_cli(["--db", str(db), "init", "--hall-code", "330101"], env)
    assert result.returncode == 2
    assert "--hall-name" in result.stderr
    assert not db.exists()


def test_database_from_the_environment_when_no_db_option(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "from-env" / "counter.db"
    env["COUNTER_APP_DB"] = str(db)
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    result = run_cli(INIT, env)
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout
    hall = hall_in(db)
    assert hall is not None and hall.code == "330101"


def test_db_option_wins_over_the_environment(env: dict[str, str], tmp_path: Path) -> None:
    chosen, ignored = tmp_path / "chosen.db", tmp_path / "ignored.db"
    env["COUNTER_APP_DB"] = str(ignored)
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    result = run_cli(["--db", str(chosen), *INIT], env)
    assert result.returncode == 0, result.stderr
    assert hall_in(chosen) is not None
    assert not ignored.exists()
