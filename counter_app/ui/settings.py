"""Per-PC preferences (QSettings), declared once with their defaults and types.

They are the PC's, not a clerk's (the counter number, the printer and its paper, the
backup folder): an INI file in the machine-wide data folder, shared by every clerk's
account on the PC, as the store is (datadir.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from counter_app.domain.limits import BACKUPS_KEPT


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: Callable[[Any], Any]


def flag(value: Any) -> bool:
    """A yes/no setting: the INI file gives back "true"/"false" as text."""
    return str(value).strip().lower() in ("1", "true", "yes")


COUNTER = Option("counter/number", "1", str)
# A printer per kind of document (printing/printouts.py); "" = the system's default.
ROLL_PRINTER = Option("print/roll_printer", "", str)  # 收据、号票: 80 mm roll
SHEET_PRINTER = Option("print/sheet_printer", "", str)  # 回执、报表: A5/A4 sheets
# The receipt's layout: "80mm" on the roll, else A5 (the key of the old 纸张 setting).
PAPER = Option("print/paper", "A5", str)
# Ctrl+P and a new receipt or slip open the preview first instead of printing at once.
PREVIEW_FIRST = Option("print/preview_first", False, flag)
# The one printer of older versions: the first start copies it to both kinds.
OLD_PRINTER_KEY = "print/printer"
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
PAPERS = ("A5", "80mm")
# The interface language, applied at start before any widget exists (ui/look.py).
LANGUAGE = Option("ui/language", "zh_CN", str)
LANGUAGES = ("zh_CN", "en")
# The hall display (叫号屏) on this PC: opened at start (1) or not (0), on which screen
# (its name, QScreen.name(); "" or a screen no longer there: the last one).
HALL_DISPLAY_AT_START = Option("hall_display/open_at_start", 0, int)
HALL_DISPLAY_SCREEN = Option("hall_display/screen", "", str)
# The voice of the calls (ui/call_voice.py): off; display = this PC's hall display
# says every counter's calls; counter = this PC says its own counter's calls.
VOICE_MODE = Option("voice/mode", "off", str)
VOICE_MODES = ("off", "display", "counter")
VOICE_VOLUME = Option("voice/volume", 80, int)  # 0–100
VOICE_REPEATS = Option("voice/repeats", 2, int)  # the phrase said 1–3 times
VOICE_REPEAT_RANGE = range(1, 4)


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
        self._upgrade()

    def _upgrade(self) -> None:
        """Older versions had one printer for everything: it becomes both kinds' printer."""
        if not self.store.contains(OLD_PRINTER_KEY):
            return
        old = str(self.store.value(OLD_PRINTER_KEY) or "")
        for option in (ROLL_PRINTER, SHEET_PRINTER):
            if not self.store.contains(option.key):
                self.store.setValue(option.key, old)
        self.store.remove(OLD_PRINTER_KEY)
        self.store.sync()

    def get(self, option: Option) -> Any:
        value = self.store.value(option.key, option.default)
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(option.key, option.kind(value))
        self.store.sync()
