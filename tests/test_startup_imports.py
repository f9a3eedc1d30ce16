"""The command line loads only what the chosen command needs.

Each check runs in a fresh interpreter (this test process has everything loaded):
``--version``, ``--help`` and the parsing of every sub-command's arguments load no
service, SQLAlchemy, ReportLab, cn2an or openpyxl; the GUI paints its login window
before any of them, and the store opens right behind it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.bootstrap import open_context
from counter_app.sample_hall import set_up_hall
from counter_app.startup_probe import HEAVY, PAINT_PROBE_ENV

REPO_ROOT = Path(__file__).resolve().parents[1]

# Every sub-command the parser knows, each parsed with made-up values for what it
# requires; prints the first command after which a heavy module is loaded.
PARSE_EVERY_COMMAND = f"""
import argparse, sys
from counter_app.cli import build_parser
heavy = {HEAVY!r}
parser = build_parser()
sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
parsed = []
for name, command in sub.choices.items():
    argv = [name]
    for action in command._actions:
        if not action.option_strings and action.dest != "help":
            argv.append("x.xlsx")
        elif action.required:
            argv += [action.option_strings[0], "x"]
    args = parser.parse_args(argv)
    assert args.command == name, argv
    loaded = [m for m in heavy if m in sys.modules]
    if loaded:
        print("LOADED", name, loaded)
        break
    parsed.append(name)
print("PARSED", " ".join(parsed))
"""

MAIN_THEN_REPORT = f"""
import sys
from counter_app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("LOADED", [m for m in {HEAVY!r} if m in sys.modules])
"""


@pytest.fixture
def env(cli_env: dict[str, str]) -> dict[str, str]:
    return cli_env


def python(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_nothing_heavy(env: dict[str, str], option: str) -> None:
    result = python(["-c", MAIN_THEN_REPORT, option], env)
    assert result.returncode == 0, result.stderr
    assert "counter-app" in result.stdout  # the version or the usage was printed
    assert result.stdout.strip().splitlines()[-1] == "LOADED []"


def test_parsing_any_sub_command_loads_nothing_heavy(env: dict[str, str]) -> None:
    result = python(["-c", PARSE_EVERY_COMMAND], env)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("PARSED "), last
    parsed = set(last.split()[1:])
    # The loop reached every command (a sample of them, so an empty loop cannot pass).
    assert {"gui", "init", "demo", "export", "backup", "restore", "check"} <= parsed
    assert {"import-arrears", "import-fees", "import-calendar", "hq-merge", "hq-load"} <= parsed


def test_the_login_window_paints_before_the_store_is_loaded(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "counter.db"
    ctx = open_context(str(db))
    try:
        set_up_hall(ctx)  # a store set up before: the login, not the first-run dialog
    finally:
        ctx.close()
    probe = tmp_path / "painted.json"
    env.update({PAINT_PROBE_ENV: str(probe), "COUNTER_APP_DB": str(db)})
    result = python(["-m", "counter_app"], env)  # the GUI: no sub-command
    assert result.returncode == 0, result.stderr
    painted = json.loads(probe.read_text(encoding="utf-8"))
    assert painted["heavy"] == []
    assert painted["painted"] > 0


def test_the_probe_sees_a_heavy_module(env: dict[str, str], tmp_path: Path) -> None:
    """The check above can fail: a module loaded before the paint is reported."""
    probe = tmp_path / "painted.json"
    code = (
        "import sqlalchemy, runpy, sys; sys.argv = ['counter_app'];"
        " runpy.run_module('counter_app', run_name='__main__')"
    )
    db = tmp_path / "counter.db"
    ctx = open_context(str(db))
    try:
        set_up_hall(ctx)
    finally:
        ctx.close()
    env.update({PAINT_PROBE_ENV: str(probe), "COUNTER_APP_DB": str(db)})
    result = python(["-c", code], env)
    assert result.returncode == 0, result.stderr
    assert json.loads(probe.read_text(encoding="utf-8"))["heavy"] == ["sqlalchemy"]
