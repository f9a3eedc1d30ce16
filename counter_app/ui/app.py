"""Start-up: the Qt application, the store, first-start setup, login, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app import datadir
from counter_app.services import auth
from counter_app.services.context import AppContext, open_context
from counter_app.services.errors import StartupError
from counter_app.ui import settings as opt
from counter_app.ui.errors import install_excepthook, setup_logging
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.look import apply_look, load_qt_translations
from counter_app.ui.settings import Settings

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    datadir.set_app_names()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    load_qt_translations(app)  # before any widget exists
    apply_look(app)
    return app


def run_gui(db: str) -> int:
    app = make_application()
    log_path = setup_logging(datadir.logs_dir())
    install_excepthook(log_path)
    try:
        ctx = open_context(db)
    except StartupError as exc:
        QMessageBox.critical(None, "柜台助手无法启动", str(exc))
        return 2
    window = start_session(ctx, Settings())
    if window is None:
        ctx.close()
        return 0
    code = app.exec()
    ctx.close()
    return code


def start_session(ctx: AppContext, settings: Settings):  # type: ignore[no-untyped-def]
    """Setup on first start, then login; returns the shown main window or None if abandoned."""
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.setup_dialog import SetupDialog

    hall = auth.current_hall(ctx)
    if hall is None:
        setup = SetupDialog(ctx)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.hall is None:
            return None
        hall = setup.hall
    login = LoginDialog(ctx, f"{hall.name}（{hall.code}）", last_user=settings.get(opt.LAST_USER))
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        return None
    settings.set(opt.LAST_USER, login.user.username)
    window = MainWindow(ctx, hall, login.user, settings, datadir.printouts_dir())
    window.show()
    return window
