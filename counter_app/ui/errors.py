"""Unexpected errors: the full traceback to a rotating log, a plain Chinese dialog to the clerk."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.privacy import PrivacyFilter, scrub

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


START_LOG_NAME = "counter-app-start.log"


def start_failure_log(exc: BaseException) -> Path | None:
    """Where the start failure's traceback is: the app's log when it is set up, else a
    file in the temporary folder (the data folder itself may be what failed)."""
    if log_file is not None:
        log.error("start-up failed", exc_info=exc)
        return log_file
    import tempfile
    import traceback

    path = Path(tempfile.gettempdir()) / START_LOG_NAME
    try:
        with path.open("a", encoding="utf-8") as out:
            text = "".join(traceback.format_exception(exc))
            out.write(f"{datetime.now().astimezone():%Y-%m-%d %H:%M:%S} start-up failed\n")
            out.write(scrub(text) + "\n")
    except OSError:
        return None
    return path


def show_start_failure(exc: BaseException, reason: str | None = None) -> Path | None:
    """A start-up that fails before the event loop: the traceback on stderr and in a log,
    and a dialog naming the log (a desktop icon has no terminal for stderr)."""
    import traceback

    traceback.print_exception(exc, file=sys.stderr)
    path = start_failure_log(exc)
    text = reason or QCoreApplication.translate(
        "ErrorDialog", "柜台助手启动时遇到了意外错误，没有打开。数据没有改动。"
    )
    if path is not None:
        where = QCoreApplication.translate("ErrorDialog", "详细信息已记录在日志文件：\n{0}")
        text += "\n\n" + where.format(path)
    text += "\n\n" + QCoreApplication.translate(
        "ErrorDialog", "请联系系统管理员，并提供上面的信息。"
    )
    show_start_failure_text(QCoreApplication.translate("ErrorDialog", "柜台助手无法启动"), text)
    return path


def show_start_failure_text(title: str, text: str) -> None:
    """The dialog itself (tests replace this entry point)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    QMessageBox.critical(None, title, text)
