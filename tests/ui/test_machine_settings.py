"""The PC's settings are shared by every clerk's account: a file in the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from counter_app import datadir
from counter_app.ui import settings as opt
from counter_app.ui.settings import SETTINGS_FILE, Settings


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(datadir.DATA_DIR_ENV, str(folder))
    # Where QSettings() keeps one user's values (an older version's home for them).
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "user")
    )
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user"))
    return folder


def test_a_counter_number_set_by_one_clerk_is_the_next_clerks_too(qapp, data_folder: Path) -> None:  # type: ignore[no-untyped-def]
    Settings().set(opt.COUNTER, "3")
    assert (data_folder / SETTINGS_FILE).is_file()
    # Another Windows account on this PC: its own per-user settings are empty.
    assert Settings().get(opt.COUNTER) == "3"
    assert QSettings().value(opt.COUNTER.key) is None


def test_an_older_versions_per_user_values_are_copied_in_once(qapp, data_folder: Path) -> None:  # type: ignore[no-untyped-def]
    older = QSettings()
    older.setValue(opt.OLD_PRINTER_KEY, "柜台打印机")
    older.setValue(opt.COUNTER.key, "5")
    older.sync()
    # The one printer of older versions prints every kind of document.
    assert Settings().get(opt.ROLL_PRINTER) == "柜台打印机"
    assert Settings().get(opt.SHEET_PRINTER) == "柜台打印机"
    assert Settings().get(opt.COUNTER) == "5"
    # Once: a later change of the old per-user value is not copied again.
    older.setValue(opt.COUNTER.key, "9")
    older.sync()
    assert Settings().get(opt.COUNTER) == "5"


def test_an_unusable_data_folder_falls_back_to_the_users_settings(
    qapp, tmp_path: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(datadir.DATA_DIR_ENV, str(blocker / "data"))
    Settings().set(opt.COUNTER, "7")
    assert QSettings().value(opt.COUNTER.key) == "7"
