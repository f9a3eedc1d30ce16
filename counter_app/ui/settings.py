"""Per-PC preferences (QSettings), declared once with their defaults and types.

They are the PC's, not a clerk's (the counter number, the printer and its paper, the
backup folder): an INI file in the machine-wide data folder, shared by every clerk's
account on the PC, as the store is (datadir.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from counter_app.domain.limits import BACKUPS_KEPT


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


COUNTER = Option("counter/number", "1", str)
PRINTER = Option("print/printer", "", str)
PAPER = Option("print/paper", "A5", str)
IDLE_MINUTES = Option("session/idle_lock_minutes", 10, int)
PRINTOUTS = Option("print/folder", "", str)
LAST_USER = Option("session/last_user", "", str)
BACKUP_FOLDER = Option("backup/folder", "", str)  # "" = <data folder>/backups
BACKUP_KEEP = Option("backup/keep", BACKUPS_KEPT, int)
# The queue categories this counter serves (prefixes, comma separated); empty: all.
QUEUE_CATEGORIES = Option("counter/categories", "", str)
# Type sizes (points): the clerk's screens, and the customer-facing rating window.
FONT_SIZE = Option("ui/font_size", 11, int)
FONT_SIZES = range(9, 19)
CUSTOMER_FONT_SIZE = Option("ui/customer_font_size", 20, int)
CUSTOMER_FONT_SIZES = range(14, 37)
# The customer screen (客显, ui/customer_screen.py): on (1) or off (0), and on which of
# the PC's screens (0 the first); off by default, as a PC may have one monitor only.
CUSTOMER_SCREEN_ON = Option("customer_screen/on", 0, int)
CUSTOMER_SCREEN_INDEX = Option("customer_screen/screen", 1, int)
PAPERS = ("A5", "A4", "80mm")
# The interface language, applied at start before any widget exists (ui/look.py).
LANGUAGE = Option("ui/language", "zh_CN", str)
LANGUAGES = ("zh_CN", "en")


SETTINGS_FILE = "settings.ini"


def machine_settings() -> QSettings:
    """The PC's settings file in the data folder. The first time, the values an older
    version kept for this Windows user (the registry, ~/.config) are copied in, so the
    counter keeps its number and printer. Where the data folder cannot be used, the
    start says so (datadir.DataFolderError) and the per-user settings stand in."""
    from counter_app import datadir

    try:
        folder = datadir.data_dir()
    except datadir.DataFolderError:
        return QSettings()
    path = folder / SETTINGS_FILE
    shared = QSettings(str(path), QSettings.Format.IniFormat)
    if not path.exists():
        older = QSettings()
        for key in older.allKeys():
            shared.setValue(key, older.value(key))
        shared.sync()
    return shared


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or machine_settings()

    def get(self, option: Option) -> Any:
        value = self.store.value(option.key, option.default)
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(option.key, option.kind(value))
        self.store.sync()
