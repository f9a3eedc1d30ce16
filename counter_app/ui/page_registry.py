"""The main window's pages, declared once, in the order the navigation shows them.

Each entry says the window attribute the page is kept in (``window.queue``), its title
(translated when shown, context MainWindow), how it is built (every page takes one
PageKit, page_contract.py), who sees it (an action of domain/permissions.py, and whether
it shows in training mode) and the shortcut table's screen when it has keys of its own
(ui/shortcuts.py SCREENS). F5 and Ctrl+P reach the page's own refresh() and
print_current(). The manual's screenshots depend on the order and the titles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counter_app.domain.permissions import may
from counter_app.ui.announcements_page import AnnouncementsPage
from counter_app.ui.complaints_page import ComplaintsPage
from counter_app.ui.dashboard_page import DashboardPage
from counter_app.ui.lookup_page import LookupPage
from counter_app.ui.page_contract import Page
from counter_app.ui.pages import CataloguePage, TodayPage
from counter_app.ui.payment_page import PaymentPage
from counter_app.ui.payments_page import PaymentsPage
from counter_app.ui.queue_page import QueuePage
from counter_app.ui.settlement_page import SettlementPage
from counter_app.ui.training_page import TrainingPage
from counter_app.ui.training_scores_page import TrainingScoresPage
from counter_app.ui.users_page import UsersPage
from counter_app.ui.visits_page import VisitsPage

CONTEXT = "MainWindow"  # the titles' translation context (they were the window's own)


@dataclass(frozen=True)
class PageEntry:
    attr: str  # the window's attribute holding the page
    title: str  # Chinese; translated when shown
    build: Callable[..., Page]  # takes the PageKit (and, for 培训练习, the real store)
    permission: str  # who sees it: domain/permissions.py
    in_training: bool = True  # shown in a training-mode window
    screen: str | None = None  # its section of the shortcut table, if it has keys
    # Refreshed each time the navigation shows it; False where refresh() would throw away
    # what the clerk keyed or chose there.
    refresh_on_show: bool = True

    def shown_to(self, role: str, training: bool) -> bool:
        return may(role, self.permission) and (self.in_training or not training)

    def shown_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("today", QT_TRANSLATE_NOOP("MainWindow", "今日工作"), TodayPage, "counter.work"),
    PageEntry(
        "queue",
        QT_TRANSLATE_NOOP("MainWindow", "排队叫号"),
        QueuePage,
        "counter.work",
        screen="queue",
    ),
    PageEntry(
        "catalogue",
        QT_TRANSLATE_NOOP("MainWindow", "业务办理"),
        CataloguePage,
        "application.accept",
        screen="catalogue",
    ),
    PageEntry(
        "lookup",
        QT_TRANSLATE_NOOP("MainWindow", "便捷查询"),
        LookupPage,
        "counter.work",
        screen="lookup",
        refresh_on_show=False,  # a new search would close the customer's detail on show
    ),
    PageEntry(
        "payment",
        QT_TRANSLATE_NOOP("MainWindow", "收费"),
        PaymentPage,
        "payment.take",
        screen="payment",
        refresh_on_show=False,  # reloading the account drops the months ticked and cash keyed
    ),
    PageEntry(
        "payments",
        QT_TRANSLATE_NOOP("MainWindow", "收费记录"),
        PaymentsPage,
        "receipt.reprint",
        screen="payments",
    ),
    PageEntry(
        "settlement", QT_TRANSLATE_NOOP("MainWindow", "日结"), SettlementPage, "settlement.count"
    ),
    PageEntry(
        "complaints", QT_TRANSLATE_NOOP("MainWindow", "投诉意见"), ComplaintsPage, "counter.work"
    ),
    # A clerk sees the visits given to them; a supervisor also the plans (visits_page.py).
    PageEntry("visits", QT_TRANSLATE_NOOP("MainWindow", "走访调查"), VisitsPage, "visits.record"),
    PageEntry(
        "notices", QT_TRANSLATE_NOOP("MainWindow", "公告"), AnnouncementsPage, "counter.work"
    ),
    PageEntry(
        "dashboard", QT_TRANSLATE_NOOP("MainWindow", "指标看板"), DashboardPage, "dashboard.view"
    ),
    # Scores are the real store's: a training window has none of its own to show.
    PageEntry(
        "training_scores",
        QT_TRANSLATE_NOOP("MainWindow", "培训成绩"),
        TrainingScoresPage,
        "training.scores",
        in_training=False,
    ),
    PageEntry("admin_page", QT_TRANSLATE_NOOP("MainWindow", "系统管理"), UsersPage, "user.manage"),
)

# 培训练习: only in a training window, added by training_mode.enter_training (it holds the
# real store the scores go to), after the pages above.
TRAINING_EXERCISES = PageEntry(
    "training_page", QT_TRANSLATE_NOOP("MainWindow", "培训练习"), TrainingPage, "counter.work"
)
EVERY_PAGE = (*PAGES, TRAINING_EXERCISES)


def pages_for(role: str, training: bool) -> list[PageEntry]:
    """The pages a role sees, in navigation order."""
    return [entry for entry in PAGES if entry.shown_to(role, training)]
