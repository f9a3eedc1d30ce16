"""Unexpected errors: the full traceback to a rotating log, a plain Chinese dialog to the clerk."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.privacy import PrivacyFilter

log = logging.getLogger("counter_app")
# The log file the unexpected-error dialog names (set by install_excepthook).
log_file: Path | None = None


def setup_logging(folder: Path) -> Path:
    path = folder / "counter-app.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PrivacyFilter())  # no SQL parameters, IDs or mobiles in the log
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def unexpected_error_text(log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "ErrorDialog",
        "程序遇到了意外错误，刚才的操作没有完成。\n"
        "已经保存的数据不受影响，也不会留下只保存了一半的记录。\n"
        "请重试一次；如果仍然出现，请联系系统管理员，并提供下面的日志文件。",
    )
    if log_path:
        where = QCoreApplication.translate("ErrorDialog", "详细信息已记录在日志文件：\n{0}")
        text += "\n\n" + where.format(log_path)
    return text


def show_unexpected(parent: QWidget | None, log_path: Path | None) -> None:
    title = QCoreApplication.translate("ErrorDialog", "意外错误")
    QMessageBox.critical(parent, title, unexpected_error_text(log_path))


def install_excepthook(
    log_path: Path | None, show: Callable[[QWidget | None, Path | None], None] = show_unexpected
) -> None:
    global log_file
    log_file = log_path

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show(None, log_path)

    sys.excepthook = hook
