"""The `counter-app` command, run as a real process the way an installer or admin would."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app import __version__
from counter_app.bootstrap import open_context
from counter_app.services import auth

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
def env(cli_env: dict[str, str]) -> dict[str, str]:
    return cli_env


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


def log_in(env: dict[str, str], folder: Path, username: str = "wang") -> None:
    """As a scheduled job logs in: a login file only its owner can read."""
    login = folder / f"login-{username}.txt"
    login.write_text(f"{username}\n{ADMIN_PASSWORD}\n", encoding="utf-8")
    login.chmod(0o600)
    env["COUNTER_APP_LOGIN_FILE"] = str(login)


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
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    assert run_cli(["--db", str(db), *INIT], env).returncode == 0
    log_in(env, tmp_path)
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


def test_import_arrears_and_fees_from_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    samples = REPO_ROOT / "resources" / "samples"
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    assert run_cli(["--db", str(db), *INIT], env).returncode == 0
    log_in(env, tmp_path)
    arrears = samples / "arrears_sample.xlsx"
    first = run_cli(["--db", str(db), "import-arrears", str(arrears)], env)
    assert first.returncode == 0, first.stderr
    assert "共 40 行，涉及户号 15 个" in first.stdout
    assert "新建户号 15 个；新增欠费 40 笔" in first.stdout
    again = run_cli(["--db", str(db), "import-arrears", str(arrears)], env)
    assert again.returncode == 0, again.stderr
    assert "新建户号 0 个；新增欠费 0 笔，更新 0 笔" in again.stdout
    assert "未变 40 笔" in again.stdout and "没有变化" in again.stdout
    fees = run_cli(["--db", str(db), "import-fees", str(samples / "fee_schedule_sample.xlsx")], env)
    assert fees.returncode == 0, fees.stderr
    assert "收费项目：新增 10 项" in fees.stdout and "阶梯电价：新增 3 档" in fees.stdout


def test_a_bad_hq_file_prints_every_bad_row(env: dict[str, str], tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    header = "户号 户名 用电地址 用户类别 应收年月 应收金额 已收金额 欠费金额 缴费截止日期"
    book.active.append(header.split())
    good = ["330101000201", "陈建国", "人民路1号", "居民", "202503", 10, 0, 10, "2025-04-25"]
    book.active.append(good)
    book.active.append([*good[:3], "工业", "202504", *good[5:]])
    for year in range(2000, 2025):  # more bad rows than the on-screen message lists
        book.active.append([*good[:4], f"{year}01", 10, -1, 11, "2025-04-25"])
    bad = tmp_path / "arrears.xlsx"
    book.save(bad)
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    assert run_cli(["--db", str(db), *INIT], env).returncode == 0
    log_in(env, tmp_path)
    result = run_cli(["--db", str(db), "import-arrears", str(bad)], env)
    assert result.returncode == 1
    assert "文件 arrears.xlsx 未导入" in result.stderr
    assert "第3行：用户类别“工业”应为 居民 或 非居民" in result.stderr
    assert "第4行：已收金额不能为负数" in result.stderr
    assert "第28行：已收金额不能为负数" in result.stderr  # the last one too: every bad row
    assert len(result.stderr.splitlines()) == 1 + 26
    assert "Traceback" not in result.stderr and result.stdout == ""

    fees = Workbook()
    fees.active.append(
        ["项目编码", "项目名称", "计费方式", "单价", "单位", "依据文件", "生效日期", "失效日期"]
    )
    fees.active.append(["FD0401", "复电费", "按次", -10, "元/次", "", "2025-01-01"])
    bad_fees = tmp_path / "fees.xlsx"
    fees.save(bad_fees)
    refused = run_cli(["--db", str(db), "import-fees", str(bad_fees)], env)
    assert refused.returncode == 1
    assert "第2行：计费方式“按次”应为 固定 / 按容量kVA / 按电量kWh" in refused.stderr
    assert "第2行：单价不能为负数" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_import_arrears_before_init_says_what_to_do(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    arrears = REPO_ROOT / "resources" / "samples" / "arrears_sample.xlsx"
    log_in(env, tmp_path)
    # No store there: said, and none is made (a typo in --db must not start a new store).
    result = run_cli(["--db", str(db), "import-arrears", str(arrears)], env)
    assert result.returncode == 2
    assert f"数据库 {db} 不存在" in result.stderr and not db.exists()
    # A store never set up (the screen was opened once): nobody can log in yet.
    open_context(str(db)).close()
    result = run_cli(["--db", str(db), "import-arrears", str(arrears)], env)
    assert result.returncode == 2
    assert "尚未设置营业厅" in result.stderr and "counter-app init" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_command_on_the_halls_data_asks_who_runs_it(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    env["COUNTER_APP_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    assert run_cli(["--db", str(db), *INIT], env).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    refused = run_cli(["--db", str(db), "backup", "--to", str(usb)], env)
    assert refused.returncode == 2 and list(usb.iterdir()) == []
    assert "需要登录" in refused.stderr and "COUNTER_APP_LOGIN_FILE" in refused.stderr
    assert "Traceback" not in refused.stderr
    log_in(env, tmp_path)
    done = run_cli(["--db", str(db), "backup", "--to", str(usb)], env)
    assert done.returncode == 0, done.stderr
    assert len([p for p in usb.iterdir() if p.suffix == ".db"]) == 1
