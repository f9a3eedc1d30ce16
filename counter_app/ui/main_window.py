"""The main window: navigation, the status bar, the guided businesses and the idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from counter_app import __version__
from counter_app.domain.permissions import may
from counter_app.services import applications, auth, drafts, receipts
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.calendar_import import calendar_warning
from counter_app.services.context import AppContext
from counter_app.services.drafts import SavedDraft
from counter_app.ui import manual_dialog, sign_out
from counter_app.ui import settings as opt
from counter_app.ui import shortcuts as keys
from counter_app.ui.application_dialog import ApplicationDialog
from counter_app.ui.customer_feed import CustomerView
from counter_app.ui.customer_screen import open_customer_screen
from counter_app.ui.export_dialog import ExportDialog
from counter_app.ui.forms.ui_main_window import Ui_MainWindow
from counter_app.ui.hall_display_control import HallDisplayControl
from counter_app.ui.help_overlay import HelpOverlay
from counter_app.ui.i18n import tr_data, tr_message
from counter_app.ui.idle import IdleWatcher
from counter_app.ui.jobs import Job, run_job
from counter_app.ui.lookup_page import LookupPage
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.page_registry import PageEntry, pages_for
from counter_app.ui.pages import CataloguePage, TodayPage
from counter_app.ui.payment_page import PaymentPage
from counter_app.ui.payments_page import PaymentsPage
from counter_app.ui.print_desk import PrintDesk, receipt_not_written
from counter_app.ui.queue_page import QueuePage
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.refusals import refusal_shown
from counter_app.ui.screen_lock import LockScreen, ScreenLock
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog
from counter_app.ui.wizard import BusinessWizard

if TYPE_CHECKING:
    from counter_app.ui.announcements_page import AnnouncementsPage
    from counter_app.ui.complaints_page import ComplaintsPage
    from counter_app.ui.dashboard_page import DashboardPage
    from counter_app.ui.lookup_page import LookupPage
    from counter_app.ui.pages import CataloguePage, TodayPage
    from counter_app.ui.payment_page import PaymentPage
    from counter_app.ui.payments_page import PaymentsPage
    from counter_app.ui.queue_page import QueuePage
    from counter_app.ui.settlement_page import SettlementPage
    from counter_app.ui.training_scores_page import TrainingScoresPage
    from counter_app.ui.users_page import UsersPage

SESSION_CHECK_MS = 5_000  # how soon a disabled user's open window locks


def focus_first(page: QWidget) -> None:
    """The first control of a page that takes Tab, as if the clerk had tabbed into it."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


class MainWindow(QMainWindow):
    # The pages, set from the registry (page_registry.py); the last three only for some roles.
    today: TodayPage
    queue: QueuePage
    catalogue: CataloguePage
    lookup: LookupPage
    payment: PaymentPage
    payments: PaymentsPage
    settlement: SettlementPage
    complaints: ComplaintsPage
    notices: AnnouncementsPage
    dashboard: DashboardPage
    training_scores: TrainingScoresPage
    admin_page: UsersPage
    signed_out = Signal()  # 注销 / 切换用户: ui/app.py shows the login again

    def __init__(
        self,
        ctx: AppContext,
        hall: HallInfo,
        user: UserInfo,
        settings: Settings,
        printouts: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx, self.hall, self.user, self.settings = ctx, hall, user, settings
        self.default_printouts = printouts
        self.wizard: BusinessWizard | None = None
        self.last_pdf: Path | None = None
        # A receipt printed last is printed again only as a counted 补打, never its PDF.
        self.last_receipt: str | None = None
        self.locked = False
        self.lock_screen: LockScreen | None = None
        self.print_desk = PrintDesk(settings, self, self.statusBar().showMessage)
        self.setWindowTitle(self.tr("柜台助手 - {0}").format(hall.name))

        # The pages this role sees, from the one table (page_registry.py), in its order.
        self.entries: list[PageEntry] = []
        self._page_policies: dict[QWidget, QSizePolicy] = {}  # each page's own, while shown
        self.page_kit = self._page_kit()
        # The customer screen (客显), if this PC has one switched on; else None.
        self.customer_screen = open_customer_screen(ctx, hall.name, settings)
        for entry in pages_for(user.role, ctx.training):
            self.add_page(entry, entry.build(self.page_kit))
        self._wire_pages()
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.pages.currentChanged.connect(self._size_to_current)
        self.ui.navList.setCurrentRow(0)
        self.ui.navList.currentRowChanged.connect(self.page_shown)  # after the first page

        self.ui.settingsAction.triggered.connect(self.open_settings)
        self.ui.exportAction.triggered.connect(self.open_export)
        self.ui.exportAction.setEnabled(may(user.role, "export.hq") and not ctx.training)
        self.ui.backupAction.triggered.connect(self.backup_now)
        self.ui.backupAction.setEnabled(may(user.role, "backup.create"))
        self.hall_screen = HallDisplayControl(self)  # 叫号屏 and the voice of the calls
        # A user an administrator disables (or who is locked out) meanwhile: the services
        # refuse their next action; this ends the session within seconds as well.
        self.closed = False
        self.session_timer = QTimer(self)
        self.session_timer.timeout.connect(self.check_session)
        self.session_timer.start(SESSION_CHECK_MS)
        self.ui.lockAction.triggered.connect(self.lock)
        self.ui.quitAction.triggered.connect(self.close)
        sign_out.install(self)
        manual_dialog.install(self)
        self.ui.aboutAction.triggered.connect(self.about)
        self.status = QLabel()
        # Stretch 0: a stretching permanent label would hide the temporary messages.
        self.ui.statusBar.addPermanentWidget(self.status)
        self.update_status()
        self.ui.calendarBanner.setStyleSheet(
            "background:#fff3cd; color:#664d03; padding:6px; border:1px solid #ffe69c;"
        )
        self.update_banner()
        self.help_overlay: HelpOverlay | None = None
        self._bind_keys()

        self.idle = IdleWatcher(settings.get(opt.IDLE_MINUTES), self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def _page_kit(self) -> PageKit:
        """What the pages may ask of this window; late-bound where tests or settings change
        it after the pages are built (show_pdf, the counter, the printouts folder)."""

        def show_pdf(path: Path) -> None:
            self.last_pdf, self.last_receipt = path, None  # what Ctrl+P prints again
            self.show_pdf(path)

        return PageKit(
            ctx=self.ctx,
            user=self.user,
            show_pdf=show_pdf,
            printouts=lambda: self.printouts(),
            counter=lambda: self.counter,
            print_receipt=lambda receipt_no: self.print_receipt(receipt_no),
            print_slip=lambda application_no: self.print_slip(application_no),
            receipt_layout=lambda: self.receipt_layout(),
            print_test_page=lambda: self.print_test_page(),
            queue_categories=lambda: self.queue_categories(),
            visit_source=lambda: self.current_visit_id(),
        )

    def add_page(self, entry: PageEntry, page: Page) -> None:
        """The page under the navigation's next row (Ctrl+1 … for the first ten)."""
        self.entries.append(entry)
        setattr(self, entry.attr, page)
        title = entry.shown_title()
        self.ui.pages.addWidget(page)
        self._page_policies[page] = page.sizePolicy()
        self._size_to_current(self.ui.pages.currentIndex())
        self.ui.navList.addItem(title)
        row = self.ui.navList.count() - 1
        if row < len(keys.PAGE_KEYS):
            item = self.ui.navList.item(row)
            item.setToolTip(keys.tooltip("goto_page", title, keys.PAGE_KEYS[row]))

    def _size_to_current(self, index: int) -> None:
        """The window asks for the room of the page shown, not of the largest page: a
        stacked widget otherwise takes every page's minimum, and the hall's small screen
        must only hold the page in front (tests/ui/test_screens_fit.py)."""
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for n in range(self.ui.pages.count()):
            page = self.ui.pages.widget(n)
            page.setSizePolicy(self._page_policies[page] if n == index else ignored)

    def _wire_pages(self) -> None:
        """What one page's event does elsewhere: every cross-page signal, here and only here.
        Late-bound lambdas: tests replace the window's entry points (ask_rating …)."""
        self.today.open_application.connect(lambda no: self.open_application(no))
        self.today.resume_draft.connect(lambda draft_id: self.resume_draft(draft_id))
        self.catalogue.start_business.connect(lambda code: self.start_business(code))
        self.queue.visit_ended.connect(lambda visit_id: self.ask_rating(visit_id))
        self.lookup.pay_account.connect(lambda account_no: self.pay_account(account_no))
        self.payment.paid.connect(lambda _no: self.queue.refresh())
        self.payment.customer_view.connect(lambda view: self.show_customer(view))
        self.notices.changed.connect(lambda: self.today.refresh())
        if self.shows("visits"):
            self.today.open_visits.connect(lambda: self.show_area(self.visits))
        if self.shows("admin_page"):
            self.admin_page.calendar_imported.connect(lambda: self.update_banner())
            self.admin_page.data_imported.connect(lambda: self.payment.load_fee_items())

    def shows(self, attr: str) -> bool:
        """Whether this window has the page (the role and the mode decide)."""
        return any(entry.attr == attr for entry in self.entries)

    # -- the keyboard (one table: counter_app/ui/shortcuts.py) -------------------

    def _bind_keys(self) -> None:
        help_action = QAction(self.tr("快捷键一览"), self)
        help_action.setObjectName("helpAction")
        help_action.setShortcut(QKeySequence(keys.BY_ACTION["help"].keys[0]))
        help_action.triggered.connect(self.toggle_help)
        self.ui.helpMenu.insertAction(self.ui.aboutAction, help_action)
        self.addAction(help_action)
        self.ui.lockAction.setShortcut(QKeySequence(keys.BY_ACTION["lock"].keys[0]))
        keys.bind(self, "call_next", self.call_next)
        keys.bind(self, "lookup", self.go_lookup)
        keys.bind(self, "new_payment", self.new_payment)
        keys.bind(self, "refresh", self.refresh_current)
        keys.bind(self, "new_business", self.new_business)
        keys.bind(self, "print", self.print_current)
        keys.bind(self, "print_preview", self.preview_current)
        for index, key in enumerate(keys.PAGE_KEYS):
            jump = QShortcut(QKeySequence(key), self)
            jump.activated.connect(lambda i=index: self.go_to_page(i))

    def page_names(self) -> list[str]:
        nav = self.ui.navList
        return [nav.item(row).text() for row in range(nav.count())]

    def current_entry(self) -> PageEntry:
        return self.entries[self.ui.pages.currentIndex()]

    def current_page(self) -> Page:
        return getattr(self, self.current_entry().attr)

    def current_screen(self) -> str | None:
        """The shortcut table's name for the page on show, if it has keys of its own."""
        return self.current_entry().screen

    def toggle_help(self) -> HelpOverlay | None:
        if self.help_overlay is not None:
            self.help_overlay.close_overlay()
            self.help_overlay = None
            return None
        screen = self.current_screen()
        screens = ([screen] if screen else []) + [keys.GLOBAL]
        overlay = HelpOverlay(self, screens, self.page_names())
        overlay.destroyed.connect(lambda: setattr(self, "help_overlay", None))
        self.help_overlay = overlay
        return overlay

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.ui.navList.count():
            self.ui.navList.setCurrentRow(index)
            focus_first(self.ui.pages.widget(index))

    def call_next(self) -> None:
        self.show_area(self.queue)
        self.queue.call_next()

    def go_lookup(self) -> None:
        self.show_area(self.lookup)
        self.lookup.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lookup.ui.searchEdit.selectAll()

    def new_payment(self) -> None:
        self.show_area(self.payment)
        self.payment.clear()  # puts the cursor in the account field

    def new_business(self) -> None:
        self.show_area(self.catalogue)
        self.catalogue.ui.businessList.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page_shown(self, row: int) -> None:
        """A page shows what the store has now (a follow-up added meanwhile), unless its
        refresh would drop what the clerk keyed there (page_registry: refresh_on_show)."""
        if 0 <= row < len(self.entries) and self.entries[row].refresh_on_show:
            getattr(self, self.entries[row].attr).refresh()

    def refresh_current(self) -> None:
        """F5: the page's own refresh (page_contract.py)."""
        self.current_page().refresh()

    def print_current(self) -> None:
        """Ctrl+P: the page's own document (the selected receipt on 收费记录); else the
        last receipt or slip shown."""
        if self.current_page().print_current():
            return
        if self.last_receipt is not None:
            self.payments.reprint(self.last_receipt)
        elif self.last_pdf is not None and self.last_pdf.exists():
            self.show_pdf(self.last_pdf)
        else:
            self.statusBar().showMessage(self.tr("还没有可打印的收据或回执"), 10_000)

    def preview_current(self) -> None:
        """Ctrl+Shift+P: what Ctrl+P would print, through the preview."""
        with self.print_desk.previewing():
            self.print_current()

    @property
    def counter(self) -> str:
        return str(self.settings.get(opt.COUNTER))

    def show_area(self, page: QWidget) -> None:
        self.ui.navList.setCurrentRow(self.ui.pages.indexOf(page))

    def queue_categories(self) -> list[str]:
        chosen = [c.strip() for c in str(self.settings.get(opt.QUEUE_CATEGORIES)).split(",")]
        known = list(self.queue.config.prefixes) if hasattr(self, "queue") else []
        picked = [c for c in chosen if c in known]
        return picked or known

    def current_visit_id(self) -> int | None:
        """The visit called at this counter: businesses done now belong to it."""
        return self.queue.visit_id

    def show_customer(self, view: CustomerView) -> None:
        """What a page has for the customer, on the customer screen if there is one."""
        if self.customer_screen is not None:
            self.customer_screen.show_view(view)

    def ask_rating(self, visit_id: int) -> None:
        """The customer rates the visit (on the customer screen if there is one, else in a
        window of its own); tests replace this entry point."""
        if self.customer_screen is not None:
            panel = self.customer_screen.ask_rating(visit_id)
            panel.rated.connect(lambda _result: self.queue.refresh())
            return
        self.rating_window = RatingWindow(
            self.ctx, visit_id, point_size=self.settings.get(opt.CUSTOMER_FONT_SIZE)
        )
        self.rating_window.rated.connect(lambda _result: self.queue.refresh())
        self.rating_window.show_to_customer()

    def pay_account(self, account_no: str) -> None:
        self.show_area(self.payment)
        self.payment.ui.accountEdit.setText(account_no)
        self.payment.find_account()

    def receipt_layout(self) -> str:
        """Receipts follow the paper set for this PC: a roll printer gets the 80 mm layout."""
        return "80mm" if self.settings.get(opt.PAPER) == "80mm" else "A5"

    def print_receipt(self, receipt_no: str) -> None:
        """Kept as PDF first (from the stored payment), then previewed for printing."""
        with refusal_shown(self, self.tr("收费已保存，收据未能生成")) as refused:
            try:
                path = receipts.print_receipt(
                    self.ctx, receipt_no, self.printouts(), self.receipt_layout()
                )
            except OSError as exc:
                receipt_not_written(self, receipt_no, exc)
                return
        if refused:
            return
        self.last_pdf, self.last_receipt = None, receipt_no
        self.payments.search()
        self.show_pdf(path)

    def print_test_page(self) -> None:
        layout = self.receipt_layout()  # the test page is laid out as the receipts are
        folder = self.printouts()
        self.show_pdf(self.print_desk.test_page(self.hall.name, layout, folder, self.ctx.training))

    def printouts(self) -> Path:
        folder = Path(self.settings.get(opt.PRINTOUTS) or self.default_printouts)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def update_status(self) -> None:
        u = self.user
        # The database path is long: it goes in the tooltip, leaving the bar's left
        # side free for the temporary messages (受理, 备份 …).
        self.status.setText(
            self.tr("营业厅：{0} {1}    营业员：{2}（{3}，{4}）    柜台：{5}").format(
                self.hall.code,
                self.hall.name,
                u.display_name,
                u.staff_no,
                tr_data(u.role_name),
                self.counter,
            )
        )
        self.status.setToolTip(self.tr("数据库：{0}").format(self.ctx.database))

    # -- guided businesses ---------------------------------------------------

    def update_banner(self) -> None:
        warning = calendar_warning(self.ctx)
        self.ui.calendarBanner.setText(tr_message(warning) if warning else "")
        self.ui.calendarBanner.setVisible(bool(warning))

    def start_business(self, code: str, draft: SavedDraft | None = None) -> BusinessWizard:
        wizard = BusinessWizard(
            self.ctx, self.user, self.counter, self.ctx.workflows[code], self, draft
        )
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.visit_source = self.current_visit_id
        wizard.accepted.connect(lambda: self.business_done(wizard))
        wizard.draft_saved.connect(lambda _id: self.draft_saved())
        wizard.customer_view.connect(lambda view: self.show_customer(view))
        wizard.finished.connect(lambda _result: self.show_customer(None))
        self.wizard = wizard
        wizard.show()
        if draft is not None:
            wizard.resume_at(draft.page)
        return wizard

    def draft_saved(self) -> None:
        self.wizard = None
        self.today.refresh()
        self.statusBar().showMessage(self.tr("已保存为草稿，可在“今日工作”中继续办理"), 15_000)

    def resume_draft(self, draft_id: int) -> BusinessWizard | None:
        with refusal_shown(self, self.tr("无法继续办理"), after=self.today.refresh) as refused:
            draft = drafts.load_draft(self.ctx, draft_id)
        if refused:
            return None
        return self.start_business(draft.business_code, draft)

    def open_application(self, application_no: str) -> ApplicationDialog:
        dialog = ApplicationDialog(
            self.ctx,
            self.user,
            application_no,
            self.show_pdf,
            self.printouts,
            self.print_slip,
            self,
        )
        dialog.finished.connect(lambda _code: self.today.refresh())
        self.application_dialog = dialog
        dialog.open()
        return dialog

    def business_done(self, wizard: BusinessWizard) -> None:
        accepted = wizard.result_application
        self.wizard = None
        self.today.refresh()
        self.queue.refresh()
        if accepted is None:
            return
        self.statusBar().showMessage(
            self.tr("已受理 {0}，受理编号 {1}").format(
                accepted.business_name, accepted.application_no
            ),
            15_000,
        )
        self.print_slip(accepted.application_no)

    def print_slip(self, application_no: str) -> None:
        """The slip is always kept as a PDF first; printing it is a second, separate step."""
        with refusal_shown(self, self.tr("回执未能生成")) as refused:
            try:
                path = applications.print_acceptance_slip(
                    self.ctx, application_no, self.printouts()
                )
            except OSError as exc:
                QMessageBox.warning(self, self.tr("回执未能生成"), str(exc))
                return
        if refused:
            return
        self.last_pdf, self.last_receipt = path, None
        self.show_pdf(path)

    def show_pdf(self, path: Path) -> None:
        """Print a PDF on its printer, or preview it (print_desk.py); tests replace this
        entry point (printing and the preview are modal)."""
        self.print_desk.show(path)

    # -- settings, lock, about -----------------------------------------------

    def open_export(self) -> ExportDialog:
        """The period workbook for HQ; written off the UI thread, cancellable."""
        self.export_dialog = ExportDialog(
            self.ctx, self.user, self.printouts().parent / "exports", self
        )
        self.export_dialog.open()
        return self.export_dialog

    def backup_now(self) -> Job | None:
        """The menu's backup, off the UI thread with a progress window and 取消."""
        from counter_app.services import backups

        chosen = self.settings.get(opt.BACKUP_FOLDER)
        folder = Path(chosen) if chosen else self.default_printouts.parent / "backups"
        if not chosen:  # the default folder is ours to create; a USB folder must exist
            folder.mkdir(parents=True, exist_ok=True)
        ctx, keep, user_id = self.ctx, self.settings.get(opt.BACKUP_KEEP), self.user.id
        return run_job(
            self,
            self.tr("备份数据库"),
            lambda progress: backups.backup_now(ctx, folder, keep, user_id, progress=progress),
            lambda path: self.statusBar().showMessage(
                self.tr("备份已完成：{0}").format(path), 15_000
            ),
            refused_title=self.tr("备份未完成"),
        )

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, str(self.default_printouts), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_minutes(self.settings.get(opt.IDLE_MINUTES))
            self.update_status()

    def check_session(self) -> None:
        """Lock the window when the signed-in user may no longer work."""
        if self.locked or self.closed:
            return
        problem = auth.session_problem(self.ctx, self.user)
        if problem is not None:
            self.statusBar().showMessage(tr_message(problem), 60_000)
            self.lock()

    def lock(self) -> None:
        """Every window out of sight behind the lock screen, until the clerk unlocks.

        Returns at once: the lock screen is application-modal, so it works the same over
        a dialog running its own event loop (counter_app/ui/screen_lock.py)."""
        if self.locked or self.closed:
            return
        self.locked = True
        self.idle.pause()
        self.lock_screen = LockScreen(
            self.ctx, self.tr("{0}（{1}）").format(self.hall.name, self.hall.code), self.user
        )
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.quit_requested.connect(QApplication.quit)
        self.screen_lock = ScreenLock(self.lock_screen, self)

    def unlock(self, _by: UserInfo | None = None) -> None:
        if not self.locked:
            return
        self.screen_lock.release()
        self.lock_screen = None
        self.locked = False
        self.idle.resume()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于柜台助手"),
            self.tr("柜台助手 {0}\n供电营业厅柜台业务助手").format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        # A closed window never locks the screen: its lock would hide every other window
        # of the application (a new sign-in's, after a switch of user) until unlocked.
        self.closed = True
        self.idle.pause()
        self.session_timer.stop()
        if self.customer_screen is not None:
            self.customer_screen.close()
        super().closeEvent(event)
