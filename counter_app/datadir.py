"""The hall's data folder: one per PC, shared by every clerk's account on it.

The store, backups, printouts and logs live in a machine-wide folder, not in a
Windows user's profile, so every clerk who signs in to the counter PC sees the same
hall (a per-user folder gave each clerk an empty store and the first-run dialog, and
a roaming profile copied the store around):

- Windows: ``%PROGRAMDATA%\\CounterAssistant\\counter-app`` (the installer grants the
  clerks' group Modify on it; ProgramData's own ACL lets only the creator change a file);
- Linux: ``/var/lib/counter-app`` (made by the administrator, group = the clerks' group,
  mode 2770: see README "Where the data lives");
- macOS: ``/Users/Shared/CounterAssistant/counter-app``.

``COUNTER_APP_DATA_DIR`` names another folder (a portable set-up, the tests, the
benches); ``--db`` / ``COUNTER_APP_DB`` still name another store. The folder older
versions used, per user (Qt's AppDataLocation), is ``user_dir()``: its store is offered
for a move at the first start (ui/data_move_dialog.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANIZATION = "CounterAssistant"
APPLICATION = "counter-app"
DB_ENV = "COUNTER_APP_DB"
DATA_DIR_ENV = "COUNTER_APP_DATA_DIR"
STORE_NAME = "counter.db"
LINUX_FOLDER = Path("/var/lib/counter-app")
MAC_FOLDER = Path("/Users/Shared") / ORGANIZATION / APPLICATION
WINDOWS_DEFAULT_PROGRAMDATA = "C:\\ProgramData"


class DataFolderError(Exception):
    """The data folder cannot be made or written; the message says what to do."""


def set_app_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def machine_dir(platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Where the hall's data lives on this PC (not made here)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    chosen = environ.get(DATA_DIR_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    if platform == "win32":
        base = environ.get("PROGRAMDATA") or environ.get("ALLUSERSPROFILE")
        return Path(base or WINDOWS_DEFAULT_PROGRAMDATA) / ORGANIZATION / APPLICATION
    if platform == "darwin":
        return MAC_FOLDER
    return LINUX_FOLDER


def data_dir() -> Path:
    """The machine-wide data folder, made if missing (DataFolderError if it cannot be)."""
    folder = machine_dir()
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True)
            if os.name == "posix":  # shared with the folder's group (privacy.restrict)
                folder.chmod(0o2770)
        probe = folder / f".write-test-{os.getpid()}"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise DataFolderError(unusable_text(folder, exc)) from exc
    return folder


def unusable_text(folder: Path, exc: OSError) -> str:
    if sys.platform == "win32":
        fix = "请由管理员重新运行安装程序（它会建好这个文件夹并允许柜员组修改），"
    else:
        fix = (
            "请由管理员建好这个文件夹并交给柜员组，例如：\n"
            f"sudo install -d -m 2770 -g counter {folder}\n"
            "（counter 为柜员组，每个柜员的账户都要加入该组），"
        )
    return (
        f"柜台助手的数据文件夹 {folder} 无法建立或写入（{exc.strerror or exc}）。\n"
        f"{fix}或用环境变量 {DATA_DIR_ENV} 指定另一个本机文件夹。"
    )


def default_database() -> str:
    return str(machine_dir() / STORE_NAME)


def chosen_database(option: str | None) -> str:
    """--db wins, then COUNTER_APP_DB, then the file in the data folder."""
    return option or os.environ.get(DB_ENV) or default_database()


def user_dir() -> Path:
    """The per-user folder older versions kept the store in (Qt's AppDataLocation)."""
    from PySide6.QtCore import QStandardPaths

    set_app_names()
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def training_dir() -> Path:
    """Training mode's own folder: its store (training.db, made anew) and printouts."""
    folder = data_dir() / "training"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def printouts_dir() -> Path:
    folder = data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def logs_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
