"""Start-up: the Qt application, the login window at once, then the store behind it.

The login window shows before SQLAlchemy is even imported: the store opens
(and, after an update, migrates) while the clerk types, and the login button
waits for it. A first start swaps the login for the hall setup dialog; the first
start after the update to the machine-wide data folder first offers to move the
per-user store (ui/data_move_dialog.py). A second start on the same store only
brings this one forward (ui/single_instance.py); a failure before the event loop
is shown in a dialog naming the log, not only on stderr.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app import datadir
from counter_app.data_move import store_to_offer
from counter_app.privacy import restrict
from counter_app.resources import APP_ICON_FILE, resource
from counter_app.startup_probe import probe_file, report_first_paint
from counter_app.ui import settings as opt
from counter_app.ui.errors import install_excepthook, setup_logging, show_start_failure
from counter_app.ui.login_dialog import LoginDialog
from counter_app.ui.look import apply_look, chosen_language, load_translations, set_point_size
from counter_app.ui.settings import Settings

if TYPE_CHECKING:
    from counter_app.services.auth import HallInfo
    from counter_app.services.context import AppContext
    from counter_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STORE_AFTER_MS = 1000  # the store opens by then even if the login window is never painted


def end_app() -> None:
    """The program ends (退出 on the login window); tests replace this entry point."""
    QApplication.quit()


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    datadir.set_app_names()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    # Before any widget exists: texts are set when a widget is built.
    load_translations(app, chosen_language(language, Settings().get(opt.LANGUAGE)))
    apply_look(app)
    app.setWindowIcon(QIcon(str(resource(*APP_ICON_FILE))))  # every window, the taskbar
    return app


class Startup(QObject):
    """Login first, store second; ends in the main window or in quitting."""

    def __init__(
        self,
        db: str,
        settings: Settings,
        parent: QObject | None = None,
        *,
        old_store: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.old_store = old_store  # an older version's per-user store, offered for a move
        self.ctx: AppContext | None = None
        self.hall: HallInfo | None = None
        self.window: MainWindow | None = None
        self.store_asked = False
        self.login = LoginDialog(
            None, self.tr("正在打开数据库…"), last_user=settings.get(opt.LAST_USER)
        )
        self.login.accepted.connect(self.logged_in)
        self.login.rejected.connect(self.quit)

    def start(self) -> None:
        # The store's imports and queries hold the thread for a while: they wait for the
        # login window's first paint (eventFilter), so the clerk sees it at once. A window
        # the platform never paints still gets its store, a little later.
        self.login.installEventFilter(self)
        self.login.show()
        QTimer.singleShot(STORE_AFTER_MS, self.open_store)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.login and event.type() == QEvent.Type.Paint:
            self.login.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # after the paint reaches the screen
        return False

    def painted(self) -> None:
        probe = probe_file()
        if probe is not None:  # bench/startup.py: the measure ends here
            report_first_paint(probe)
        self.open_store()

    def open_store(self) -> None:
        if self.store_asked:  # the first paint or the fallback timer, whichever comes first
            return
        self.store_asked = True
        from counter_app.bootstrap import open_context
        from counter_app.services import auth
        from counter_app.services.errors import StartupError

        if self.old_store is not None:
            from counter_app.ui.data_move_dialog import offer_move

            self.db = offer_move(self.login, self.old_store, Path(self.db))
        try:
            self.ctx = open_context(self.db, backup_folder=self.backup_folder())
        except StartupError as exc:
            self.login.hide()
            QMessageBox.critical(None, self.tr("柜台助手无法启动"), str(exc))
            self.quit()
            return
        except Exception as exc:  # not a login window waiting for ever on 正在打开数据库
            self.login.hide()
            show_start_failure(exc)
            self.quit()
            return
        hall = auth.current_hall(self.ctx)
        if hall is None:
            hall = self.first_start()
            if hall is None:
                self.quit()
                return
        self.hall = hall
        self.login.attach(self.ctx, self.tr("{0}（{1}）").format(hall.name, hall.code))

    def first_start(self) -> HallInfo | None:
        from counter_app.ui.setup_dialog import SetupDialog

        assert self.ctx is not None
        self.login.hide()
        setup = SetupDialog(self.ctx)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.hall is None:
            return None
        self.login.show()
        return setup.hall

    def logged_in(self) -> None:
        assert self.ctx is not None and self.hall is not None and self.login.user is not None
        self.settings.set(opt.LAST_USER, self.login.user.username)
        if self.login.training:  # the same window on the training store (ui/training_mode.py)
            from counter_app.ui.training_mode import open_training

            # Made off the UI thread under the login window; a refusal or a cancel says why
            # and leaves the login, where training can be unticked.
            job = open_training(self.ctx, self.login, self.open_window)
            if job is not None:
                job.ended.connect(self.back_to_login)
            return
        self.open_window(self.ctx)

    def back_to_login(self) -> None:
        if self.window is None:
            self.login.ui.passwordEdit.clear()
            self.login.show()

    def open_window(self, work: AppContext) -> None:
        """The main window on ``work``: the store, or the training store just made."""
        from counter_app.ui.main_window import MainWindow

        assert self.ctx is not None and self.hall is not None and self.login.user is not None
        self.window = MainWindow(work, self.hall, self.login.user, self.settings, self.printouts())
        self.window.signed_out.connect(self.signed_out)
        if work is not self.ctx:
            from counter_app.ui.training_mode import enter_training

            enter_training(self.window, self.ctx)
        self.window.show()
        QTimer.singleShot(0, self.after_login)

    def signed_out(self) -> None:
        """注销 / 切换用户 (ui/sign_out.py): the window goes, the login comes back, empty, in
        this process; the next user gets a window of their own. 退出 there ends the app."""
        window, self.window = self.window, None
        if window is not None:
            if window.ctx is not self.ctx:  # a training window's own store, once it is gone
                work = window.ctx
                window.destroyed.connect(lambda: work.close())
            window.deleteLater()
        self.login.user = None
        self.login.ui.usernameEdit.clear()
        self.login.ui.passwordEdit.clear()
        self.login.ui.messageLabel.clear()
        self.login.ui.trainingCheck.setChecked(False)
        self.login.show()
        self.login.ui.usernameEdit.setFocus()

    def printouts(self) -> Path:
        if self.login.training:  # training documents never mix with the real ones
            folder = datadir.training_dir() / "printouts"
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        return datadir.printouts_dir()

    def backup_folder(self) -> Path:
        chosen = self.settings.get(opt.BACKUP_FOLDER)
        if chosen:
            return Path(chosen)
        folder = datadir.data_dir() / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def after_login(self) -> None:
        """The clock warning, then the day's first backup."""
        from counter_app.services import backups
        from counter_app.services.clock_check import clock_check

        assert self.ctx is not None and self.window is not None and self.login.user is not None
        user = self.login.user
        warning = clock_check(self.ctx, user.id)
        if warning:
            QMessageBox.warning(self.window, self.tr("请核对电脑的日期和时间"), warning)
        folder = self.backup_folder()
        if not backups.daily_backup_due(self.ctx, folder):
            return
        from counter_app.ui.jobs import run_job

        window, ctx, keep = self.window, self.ctx, self.settings.get(opt.BACKUP_KEEP)
        window.statusBar().showMessage(self.tr("正在备份数据库…"))
        job = run_job(
            window,
            self.tr("今日备份"),
            lambda progress: backups.backup_now(
                ctx, folder, keep, user.id, daily=True, progress=progress
            ),
            lambda path: window.statusBar().showMessage(
                self.tr("今日备份已完成：{0}").format(path), 15_000
            ),
            refused_title=self.tr("今日备份未完成"),
            on_cancelled=lambda message: window.statusBar().showMessage(message, 15_000),
        )
        if job is not None:
            job.ended.connect(self.daily_backup_ended)

    def daily_backup_ended(self) -> None:
        """Leave no 正在备份 behind a refusal or an unexpected error."""
        if self.window is not None and self.window.statusBar().currentMessage() == self.tr(
            "正在备份数据库…"
        ):
            self.window.statusBar().clearMessage()

    def quit(self) -> None:
        if self.window is None:
            QTimer.singleShot(0, end_app)

    def bring_forward(self) -> None:
        """A second start asked for this copy's window: the dialog in front, else the
        main window, else the login."""
        widget = QApplication.activeModalWidget() or self.window or self.login
        if widget.isMinimized():
            widget.showNormal()
        widget.show()
        widget.raise_()
        widget.activateWindow()


def run_gui(db: str, language: str | None = None) -> int:
    from counter_app.ui.single_instance import claim

    try:
        app = make_application(language=language)
        instance = claim(db)
        if instance is None:  # the running copy was asked to come forward
            return 0
        restrict(datadir.data_dir())  # what an older version left readable by others
        install_excepthook(setup_logging(datadir.logs_dir()))
        settings = Settings()
        sizes = opt.FONT_SIZES  # a hand-edited settings file cannot make the screens unusable
        set_point_size(app, min(max(settings.get(opt.FONT_SIZE), sizes[0]), sizes[-1]))
        old = store_to_offer(db, datadir.default_database(), datadir.user_dir())
        startup = Startup(db, settings, old_store=old)
        instance.show_requested.connect(startup.bring_forward)
        startup.start()
    except datadir.DataFolderError as exc:
        show_start_failure(exc, str(exc))
        return 1
    except Exception as exc:  # a desktop icon has no terminal: say it in a dialog
        show_start_failure(exc)
        return 1
    code = app.exec()
    if startup.ctx is not None:
        startup.ctx.close()
    instance.release()
    return code
