"""The hall's data folder is the PC's, not a Windows user's (issue 15)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counter_app import datadir
from counter_app.datadir import DATA_DIR_ENV, DataFolderError, machine_dir


def test_windows_uses_programdata() -> None:
    env = {"PROGRAMDATA": r"D:\ProgramData", "APPDATA": r"C:\Users\clerk1\AppData\Roaming"}
    folder = machine_dir("win32", env)
    assert folder == Path(r"D:\ProgramData") / "CounterAssistant" / "counter-app"
    assert "clerk1" not in str(folder)  # never the signed-in user's profile


def test_windows_without_programdata_falls_back_to_the_usual_place() -> None:
    assert (
        machine_dir("win32", {"ALLUSERSPROFILE": r"E:\PD"})
        == Path(r"E:\PD") / ("CounterAssistant") / "counter-app"
    )
    assert str(machine_dir("win32", {})).startswith("C:\\ProgramData")


def test_linux_uses_the_system_data_folder_whatever_the_users_xdg_folders() -> None:
    env = {"XDG_DATA_HOME": "/home/clerk1/.local/share", "HOME": "/home/clerk1"}
    assert machine_dir("linux", env) == Path("/var/lib/counter-app")
    assert machine_dir("darwin", env) == Path("/Users/Shared/CounterAssistant/counter-app")


def test_the_override_wins_on_every_system(tmp_path: Path) -> None:
    for platform in ("win32", "linux", "darwin"):
        env = {DATA_DIR_ENV: str(tmp_path), "PROGRAMDATA": r"C:\ProgramData"}
        assert machine_dir(platform, env) == tmp_path


def test_the_default_store_is_in_the_machine_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "hall"))
    monkeypatch.delenv(datadir.DB_ENV, raising=False)
    assert datadir.chosen_database(None) == str(tmp_path / "hall" / "counter.db")
    assert datadir.chosen_database("/x/y.db") == "/x/y.db"
    monkeypatch.setenv(datadir.DB_ENV, "/z.db")
    assert datadir.chosen_database(None) == "/z.db"
    assert not (tmp_path / "hall").exists()  # choosing the store makes no folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_folder_the_app_makes_is_shared_with_its_group_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "hall"))
    folder = datadir.data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o2770
    assert datadir.logs_dir().parent == folder and list(folder.iterdir()) == [folder / "logs"]


def test_a_folder_that_cannot_be_made_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker / "hall"))  # even root cannot
    with pytest.raises(DataFolderError) as caught:
        datadir.data_dir()
    text = str(caught.value)
    assert str(blocker / "hall") in text and DATA_DIR_ENV in text
    assert "install -d -m 2770 -g counter" in text
