"""The one-folder build (build.spec) starts on its own and passes its self-test.

Uses dist/counter-app when it is newer than every source and data file (after
`make dist`); otherwise builds into a temporary folder, which takes a few
minutes. Either way the BUILT program runs, not this checkout.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_self_test import check_passed, clean_env

REPO_ROOT = Path(__file__).resolve().parent.parent
EXE = "counter-app.exe" if sys.platform == "win32" else "counter-app"
SOURCES = ("build.spec", "pyproject.toml", "counter_app", "resources", "docs")


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = REPO_ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest, *(p.stat().st_mtime for p in files if "__pycache__" not in p.parts)])
    return newest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ready = REPO_ROOT / "dist" / "counter-app"
    if (ready / EXE).is_file() and (ready / EXE).stat().st_mtime > newest_source():
        return ready
    work = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
        cwd=REPO_ROOT, check=True, capture_output=True, timeout=1200,
    )  # fmt: skip
    print(f"PyInstaller build: {time.monotonic() - started:.0f} s")
    return work / "dist" / "counter-app"


def test_the_built_program_passes_its_self_test(built: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [str(built / EXE), "--self-test"],
        cwd=tmp_path,  # not the checkout: everything must come from the build
        env=clean_env(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    check_passed(result)
    assert not any(home.iterdir())


def test_the_build_carries_what_the_app_loads_and_not_what_it_does_not(built: Path) -> None:
    inside = built / "_internal"
    files = {p.relative_to(inside).as_posix() for p in inside.rglob("*")}
    for needed in (
        "resources/fonts/wqy-microhei.ttc",
        "resources/style.qss",
        "resources/policy.toml",
        "resources/workflows/lv_residential_new.toml",
        "resources/samples/arrears_sample.xlsx",
        "resources/demo/words.toml",  # the training store's demo fill reads it
        "resources/icons/counter-app.png",
        "counter_app/store/migrations/env.py",
        "counter_app/store/migrations/script.py.mako",
        "counter_app/store/migrations/versions",
    ):
        assert needed in files, needed
    shipped_qm = {p.name for p in (REPO_ROOT / "resources" / "translations").glob("*.qm")}
    assert {n for n in shipped_qm if f"resources/translations/{n}" not in files} == set()
    assert not any(p.endswith(".py") for p in files if p.startswith("resources/"))
    versions = {p.name for p in (REPO_ROOT / "counter_app/store/migrations/versions").glob("*.py")}
    assert {p.name for p in (inside / "counter_app/store/migrations/versions").glob("*.py")} == (
        versions
    )
    qt_translations = {p.rsplit("/", 1)[1] for p in files if "/translations/qt" in p}
    assert qt_translations == {"qtbase_zh_CN.qm", "qtbase_en.qm"}
    unused = ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "MultimediaWidgets", "gtk", "Designer")
    assert [p for p in files if any(u.lower() in p.lower() for u in unused)] == []
