"""The daily settlement: blind count first, then expected against counted, then sign-off."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from counter_app.services import settlement
from counter_app.ui import supervisor_dialog
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_settlement_page import Ui_SettlementPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.refusals import refusal_shown, say_done, say_info, show_refusal

DENOMINATION_COLUMNS = 3


class SettlementPage(Page):
    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_SettlementPage()
        self.ui.setupUi(self)
        self.settlement_no: str | None = None
        # Denominations in three columns, notes first: the comparison below stays in view
        # on a 768-pixel screen at the large type size.
        grid = QGridLayout(self.ui.countsBox)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        values = self.ctx.rules.fees.denominations
        rows = -(-len(values) // DENOMINATION_COLUMNS)
        for n, (label, _value) in enumerate(values):
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.setSuffix(self.tr(" 张/枚"))
            spin.setObjectName(f"count_{label}")
            spin.valueChanged.connect(self._counts_changed)
            name = QLabel(tr_data(label))
            name.setBuddy(spin)
            row, column = n % rows, 2 * (n // rows)
            grid.addWidget(name, row, column)
            grid.addWidget(spin, row, column + 1)
            self.spins[label] = spin
        for column in range(DENOMINATION_COLUMNS):
            grid.setColumnStretch(2 * column + 1, 2)
            if column:
                grid.setColumnMinimumWidth(2 * column, 60)  # a gap before the next names
        # The fields as wide as a count needs, not the whole screen.
        grid.setColumnStretch(2 * DENOMINATION_COLUMNS, 1)
        # Nothing moves while the clerk works (issue 16: "the layout jumps under the
        # mouse"): the figures' box is always there, empty during the blind count, and the
        # message line keeps room for two lines, so 核对 and 日结 stay where they were clicked.
        self.ui.figuresView.setPlaceholderText(
            self.tr("清点完毕并核对后，这里显示应收现金、实点现金和差额。")
        )
        self._keep_message_room()
        self.ui.compareButton.clicked.connect(self.compare)
        self.ui.recountButton.clicked.connect(self.recount)
        self.ui.closeDayButton.clicked.connect(self.close_day)
        self.ui.printButton.clicked.connect(self.print_report)
        self.reset()

    def _keep_message_room(self) -> None:
        lines = 2 * self.ui.messageLabel.fontMetrics().lineSpacing()
        self.ui.messageLabel.setMinimumHeight(lines)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the clerk's type size changed
            self._keep_message_room()

    def refresh(self) -> None:
        """F5 keeps the page as it is: reset() would drop the cash counted so far."""

    def reset(self) -> None:
        """The day as the store has it: settled, compared (the latest count locked), or open."""
        day = settlement.today(self.ctx)
        self.ui.dayLabel.setText(
            self.tr("营业日：{0}　收费员：{1}（{2}）").format(
                day_text(day), self.user.display_name, self.user.staff_no
            )
        )
        done = settlement.is_settled(self.ctx, self.user, day)
        tries = settlement.attempts(self.ctx, self.user, day)
        self.ui.printButton.setEnabled(self.settlement_no is not None)
        if tries:
            latest = tries[-1]
            self._show_counts(latest.counts)
            self._locked(latest.attempt_no, settled=done)
            now = settlement.figures(self.ctx, self.user, day, latest.counts)
            self._show_figures(now, latest.expected_cash)
            self.ui.closeDayButton.setEnabled(not done)
            if not done and now.expected_cash != latest.expected_cash:
                show_refusal(
                    self,
                    self.tr("核对之后又有收费或作废，应收现金已变动，请重新清点。"),
                    line=self.ui.messageLabel,
                )
        else:
            self._show_counts({})
            self._open_count(enabled=not done)
        if done:
            say_info(self.ui.messageLabel, self.tr("今日已日结，收费记录已锁定。"))

    def counts(self) -> dict[str, int]:
        return {label: spin.value() for label, spin in self.spins.items()}

    def _show_counts(self, counts: dict[str, int] | Mapping[str, int]) -> None:
        for label, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(label, 0))
            spin.blockSignals(False)
        self._counts_changed()

    def _open_count(self, enabled: bool = True) -> None:
        """A blind count under way: the figures hidden, the fields editable."""
        for spin in self.spins.values():
            spin.setReadOnly(False)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            spin.setEnabled(enabled)
        self.ui.figuresView.clear()
        self.ui.compareButton.setEnabled(enabled)
        self.ui.recountButton.setEnabled(False)
        self.ui.closeDayButton.setEnabled(False)

    def _locked(self, attempt_no: int, settled: bool = False) -> None:
        """A compared count: its figures are on record, so the fields no longer change."""
        for spin in self.spins.values():
            spin.setReadOnly(True)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # seen as fixed
            spin.setEnabled(True)
        self.ui.compareButton.setEnabled(False)
        self.ui.recountButton.setEnabled(not settled)
        self.ui.countedLabel.setText(
            self.tr("第{0}次清点（已核对，不能修改）：实点现金合计 {1} 元").format(
                attempt_no, f"{settlement.counted_total(self.ctx, self.counts()):,.2f}"
            )
        )

    def _counts_changed(self) -> None:
        self.ui.countedLabel.setText(
            self.tr("实点现金合计：{0} 元").format(
                f"{settlement.counted_total(self.ctx, self.counts()):,.2f}"
            )
        )

    def compare(self) -> settlement.DayFigures | None:
        """Record this count as an attempt and show the figures; the count is locked."""
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            f = settlement.compare_count(
                self.ctx, self.user, settlement.today(self.ctx), self.counts(), self.user
            )
        if refused:
            return None
        self._locked(f.attempt_no)
        self._show_figures(f, f.expected_cash)
        self.ui.closeDayButton.setEnabled(True)
        self.ui.messageLabel.setText("")
        return f

    def recount(self) -> None:
        """A new blind count: the fields cleared; the attempt compared stays on record."""
        self._show_counts({})
        self._open_count()
        say_info(
            self.ui.messageLabel,
            self.tr("已开始重新清点，之前的清点记录已保留，并将列入日结报表。"),
        )

    def _show_figures(self, f: settlement.DayFigures, expected: Decimal) -> None:
        """The comparison as it was made: ``expected`` is the cash shown with the count."""
        difference = f.counted_cash - expected
        diff_color = "#1a7f37" if difference == 0 else "#b00020"
        rows = "".join(
            f"<tr><td>{escape(tr_data(name))}</td><td align='right'>{count}</td>"
            f"<td align='right'>{total:,.2f}</td></tr>"
            for name, count, total in f.by_method
        )
        cash = self.tr("应收现金 <b>{0}</b> 元　实点现金 <b>{1}</b> 元　差额 {2} 元").format(
            f"{expected:,.2f}",
            f"{f.counted_cash:,.2f}",
            f"<b style='color:{diff_color}'>{difference:+,.2f}</b>",
        )
        counts = self.tr("有效收费 {0} 笔，作废 {1} 笔；非现金合计 {2} 元").format(
            f.payment_count, f.void_count, f"{f.non_cash:,.2f}"
        )
        heads = (self.tr("笔数"), self.tr("金额"))
        method = self.tr("支付方式")
        self.ui.figuresView.setHtml(
            f"<p>{cash}</p><table cellpadding='3'>"
            f"<tr><th align='left'>{escape(method)}</th>"
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + f"</tr>{rows}</table><p>{escape(counts)}</p>"
        )

    def close_day(self) -> None:
        day = settlement.today(self.ctx)
        tries = settlement.attempts(self.ctx, self.user, day)
        if not tries:
            show_refusal(self, self.tr("请先清点现金并核对金额"), line=self.ui.messageLabel)
            return
        latest = tries[-1]
        if latest.difference != 0 and not self.ui.reasonEdit.text().strip():
            show_refusal(self, self.tr("现金有差额，请先填写差异说明"), line=self.ui.messageLabel)
            return
        supervisor = supervisor_dialog.ask_supervisor(
            self.ctx,
            self.tr("复核 {0} 的日结：应收现金 {1} 元，实点 {2} 元，差额 {3} 元").format(
                self.user.display_name,
                f"{latest.expected_cash:,.2f}",
                f"{latest.counted_cash:,.2f}",
                f"{latest.difference:+,.2f}",
            ),
            self,
        )
        if supervisor is None:
            return
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            self.settlement_no = settlement.close_day(
                self.ctx, self.user, day, self.ui.reasonEdit.text(), supervisor
            )
        if refused:
            return
        self.reset()
        say_done(self.ui.messageLabel, self.tr("日结完成：{0}").format(self.settlement_no))
        self.print_report()

    def print_report(self) -> None:
        if self.settlement_no is None:
            return
        self.show_pdf(settlement.print_report(self.ctx, self.settlement_no, self.printouts()))
