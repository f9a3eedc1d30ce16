"""The counter's queue panel: call the next ticket, serve, end the visit, ask for a rating."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from counter_app.domain.clock import format_local
from counter_app.domain.vocabulary import VISIT_OUTCOMES
from counter_app.printing import printouts
from counter_app.services import counter_visit, queue
from counter_app.ui import shortcuts as keys
from counter_app.ui.forms.ui_queue_page import Ui_QueuePage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, say_done, show_refusal


def ask_category(parent: QWidget, title: str, names: list[str]) -> int | None:
    """Modal choice of a category; tests replace this entry point on the module."""
    name, ok = QInputDialog.getItem(parent, title, title, names, 0, False)
    return names.index(name) if ok else None


class QueuePage(Page):
    """One visit at a time per counter; businesses done meanwhile attach to it."""

    visit_changed = Signal()
    visit_ended = Signal(int)  # the visit id, for the rating

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_QueuePage()
        self.ui.setupUi(self)
        self.counter, self.categories = kit.counter, kit.queue_categories
        self.visit: queue.CalledVisit | None = None
        self.config = kit.ctx.rules.queue
        for code, name in VISIT_OUTCOMES.items():
            self.ui.outcomeCombo.addItem(tr_data(name), code)
        for category in self.config.categories:
            self.ui.ticketCategoryCombo.addItem(
                f"{category.prefix} {tr_data(category.name)}", category.prefix
            )
        self.ui.callNextButton.clicked.connect(self.call_next)
        self.ui.recallButton.clicked.connect(self.recall)
        self.ui.noShowButton.clicked.connect(self.no_show)
        self.ui.transferButton.clicked.connect(self.transfer)
        self.ui.walkInButton.clicked.connect(self.walk_in)
        self.ui.endButton.clicked.connect(self.end_visit)
        self.ui.issueButton.clicked.connect(self.issue_ticket)
        self._bind_keys()
        self.visit = queue.current_visit(kit.ctx, kit.user, kit.counter())  # after a restart
        self.refresh()

    def _bind_keys(self) -> None:
        """F2 (call next) is the main window's: it works from every page."""
        ui = self.ui
        for action, button, slot in (
            ("call_next", ui.callNextButton, None),
            ("recall", ui.recallButton, self.recall),
            ("no_show", ui.noShowButton, self.no_show),
            ("end_visit", ui.endButton, self.end_visit),
            ("transfer", ui.transferButton, self.transfer),
            ("walk_in", ui.walkInButton, self.walk_in),
            ("issue_ticket", ui.issueButton, self.issue_ticket),
        ):
            if slot is not None:
                keys.bind(self, action, slot)
            button.setToolTip(keys.tooltip(action))
        for action, button in (("call_next", ui.callNextButton), ("end_visit", ui.endButton)):
            button.setText(keys.with_key(button.text(), action))

    @property
    def visit_id(self) -> int | None:
        return self.visit.visit_id if self.visit else None

    def _run(self, action: Callable[[], object]) -> object | None:
        with refusal_shown(self, line=self.ui.messageLabel, after=self.refresh) as refused:
            result = action()
        if refused:
            return None
        self.ui.messageLabel.clear()
        return result

    def refresh(self) -> None:
        status = queue.queue_status(self.ctx)
        self.ui.statusLabel.setText(
            self.tr("等候人数：")
            + "　".join(
                self.tr("{0} {1} 人").format(tr_data(self.config.category_name(p)), n)
                for p, n in status.items()
            )
            + self.tr("　　本柜台服务：")
            + self.tr("、").join(self.categories())
        )
        tickets = queue.waiting(self.ctx)
        fill_table(
            self.ui.waitingTable,
            [self.tr("号码"), self.tr("类别"), self.tr("取号时间"), self.tr("已等候(分钟)")],
            [
                [
                    t.ticket_no,
                    tr_data(t.category_name),
                    format_local(t.issued_at),
                    str(t.minutes_waited),
                ]
                for t in tickets
            ],
            stretch=1,
        )
        v = self.visit
        serving = v is not None
        if v is not None:
            v = queue.current_visit(self.ctx, self.user, self.counter()) or v
            self.visit = v
            who = v.ticket_no or self.tr("无号接待")
            self.ui.currentLabel.setText(
                self.tr("{0}　{1}　到达 {2}　等候 {3} 分钟　开始办理 {4}").format(
                    who,
                    tr_data(v.category_name),
                    format_local(v.arrived_at),
                    v.minutes_waited,
                    format_local(v.started_at),
                )
            )
            self.ui.itemsList.clear()
            for item in v.items:
                self.ui.itemsList.addItem(f"{tr_data(item.kind_name)}　{item.ref}")
        else:
            self.ui.currentLabel.setText(
                self.tr("当前没有接待中的客户。按 {0} 叫下一位。").format(
                    keys.keys_text("call_next")
                )
            )
            self.ui.itemsList.clear()
        for button in (
            self.ui.recallButton,
            self.ui.noShowButton,
            self.ui.transferButton,
            self.ui.endButton,
        ):
            button.setEnabled(serving)
        self.ui.callNextButton.setEnabled(not serving)
        self.ui.walkInButton.setEnabled(not serving)

    def call_next(self) -> None:
        if self.visit is not None:
            show_refusal(
                self,
                self.tr("正在接待 {0}，请先结束接待（{1}）").format(
                    self.visit.ticket_no or self.tr("无号客户"), keys.keys_text("end_visit")
                ),
                line=self.ui.messageLabel,
            )
            return
        called = self._run(
            lambda: queue.call_next(self.ctx, self.user, self.counter(), self.categories())
        )
        if called is None and not self.ui.messageLabel.text():
            show_refusal(
                self, self.tr("本柜台服务的类别中没有等候的客户"), line=self.ui.messageLabel
            )
        if isinstance(called, queue.CalledVisit):
            self.visit = called
            say_done(
                self.ui.messageLabel,
                self.tr("请 {0} 号到 {1} 号柜台").format(called.ticket_no, self.counter()),
            )
        self.refresh()
        self.visit_changed.emit()

    def recall(self) -> None:
        if self.visit and self.visit.ticket_no:
            recalled = self._run(lambda: queue.recall(self.ctx, self.user, self.visit.ticket_no))
            if isinstance(recalled, queue.TicketInfo):  # a refusal stays on the line
                say_done(
                    self.ui.messageLabel, self.tr("再次呼叫 {0} 号").format(self.visit.ticket_no)
                )

    def no_show(self) -> None:
        if self.visit is None:
            return
        if (
            self._run(lambda: queue.no_show(self.ctx, self.user, self.visit.visit_id)) is not None
            or not self.ui.messageLabel.text()
        ):
            self.visit = None
        self.refresh()
        self.visit_changed.emit()

    def transfer(self) -> None:
        if self.visit is None:
            return
        cats = [c for c in self.config.categories if c.prefix != self.visit.category]
        index = ask_category(
            self, self.tr("转到哪个类别"), [f"{c.prefix} {tr_data(c.name)}" for c in cats]
        )
        if index is None:
            return
        ticket = self._run(
            lambda: queue.transfer(self.ctx, self.user, self.visit.visit_id, cats[index].prefix)
        )
        if isinstance(ticket, queue.TicketInfo):
            self.visit = None
            say_done(
                self.ui.messageLabel,
                self.tr("已转为 {0} 号，保留原到达时间").format(ticket.ticket_no),
            )
        self.refresh()
        self.visit_changed.emit()

    def walk_in(self) -> None:
        cats = list(self.config.categories)
        index = ask_category(
            self, self.tr("无号接待：选择类别"), [f"{c.prefix} {tr_data(c.name)}" for c in cats]
        )
        if index is None:
            return
        visit = self._run(
            lambda: queue.walk_in(self.ctx, self.user, self.counter(), cats[index].prefix)
        )
        if isinstance(visit, queue.CalledVisit):
            self.visit = visit
        self.refresh()
        self.visit_changed.emit()

    def end_visit(self) -> None:
        if self.visit is None:
            return
        visit_id = self.visit.visit_id
        ended = self._run(
            lambda: counter_visit.end_visit(
                self.ctx, self.user, visit_id, self.ui.outcomeCombo.currentData()
            )
        )
        if isinstance(ended, counter_visit.EndedVisit):
            self.visit = None
            say_done(
                self.ui.messageLabel,
                self.tr("接待结束：等候 {0} 分钟，办理 {1} 分钟").format(
                    ended.minutes_waited, ended.minutes_handled
                ),
            )
            self.refresh()
            self.visit_changed.emit()
            self.visit_ended.emit(visit_id)

    def issue_ticket(self) -> None:
        """For halls without a ticket machine: the clerk hands out the number."""
        from counter_app.printing.tickets import render_ticket_slip

        ticket = self._run(
            lambda: queue.issue_ticket(self.ctx, self.ui.ticketCategoryCombo.currentData())
        )
        if not isinstance(ticket, queue.TicketInfo):
            return
        slip = queue.ticket_slip(self.ctx, ticket)
        path = render_ticket_slip(
            slip, printouts.file_for(self.printouts(), printouts.TICKET, ticket.ticket_no)
        )
        say_done(
            self.ui.messageLabel,
            self.tr("已取号 {0}，前面还有 {1} 人").format(ticket.ticket_no, ticket.people_ahead),
        )
        self.refresh()
        self.show_pdf(path)
