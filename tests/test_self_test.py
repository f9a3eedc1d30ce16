"""`counter-app --self-test` from a checkout: every step passes on a throw-away store."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app import sample_hall, self_test

REPO_ROOT = Path(__file__).resolve().parent.parent
STEP_LINE = re.compile(r"^自检 (\d)/(\d) (.+)：通过（.+）$")


def clean_env(home: Path) -> dict[str, str]:
    """No inherited app variables; a fresh home, so any write to a data folder would show."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTER_APP_", "XDG_", "QT_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def check_passed(result: subprocess.CompletedProcess[str]) -> None:
    """Exit 0, one passing line per step in order, then the summary."""
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    steps = [STEP_LINE.match(line) for line in lines[:-1]]
    assert all(steps), lines
    names = [m.group(3) for m in steps if m]
    assert names == [name for name, _ in self_test.STEPS]
    assert lines[-1] == f"自检通过：{len(self_test.STEPS)} 步全部正常"
    assert "收据" in lines[4] and sample_hall.HALL["code"] in lines[4]


def test_the_self_test_imports_neither_the_screenshot_tools_nor_the_demo() -> None:
    """The shipped self-test takes its sample data from counter_app/sample_hall.py."""
    tree = ast.parse(Path(self_test.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "counter_app.sample_hall" in imported or "counter_app" in imported
    assert not [m for m in imported if m.startswith("tools") or "demo" in m or "screenshot" in m]


def test_self_test_passes_and_leaves_the_users_folders_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", "--self-test"],
        cwd=REPO_ROOT,
        env=clean_env(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    check_passed(result)
    assert not any(home.iterdir())  # no data folder, no database, no settings file


def test_a_failing_step_is_named_and_the_exit_code_is_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_run: self_test.Run) -> str:
        raise RuntimeError("收据 PDF 中没有收据号 X")

    monkeypatch.setattr(self_test, "STEPS", (("第一步", lambda _run: "好"), ("收据 PDF", broken)))
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "自检 1/2 第一步：通过（好）"
    assert out[1] == "自检 2/2 收据 PDF：失败"
    assert out[-1] == "自检未通过：第 2 步“收据 PDF”失败：收据 PDF 中没有收据号 X"
