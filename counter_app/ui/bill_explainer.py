"""Why is my bill high? The tiered tariff applied tier by tier (阶梯电价)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from counter_app.services import billing
from counter_app.services.context import AppContext
from counter_app.services.dues import AccountDue
from counter_app.ui.forms.ui_bill_explainer_dialog import Ui_BillExplainerDialog
from counter_app.ui.i18n import tr_data
from counter_app.ui.refusals import refusal_shown, say_info


class BillExplainerDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        due: AccountDue | None,
        show_pdf: Callable[[Path], None],
        printouts: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BillExplainerDialog()
        self.ui.setupUi(self)
        self.ctx, self.due, self.show_pdf, self.printouts = ctx, due, show_pdf, printouts
        for category in billing.categories(ctx):
            self.ui.categoryCombo.addItem(category)
        self.ui.consumptionSpin.valueChanged.connect(self.explain)
        self.ui.usedSpin.valueChanged.connect(self.explain)
        self.ui.categoryCombo.currentIndexChanged.connect(self.explain)
        self.ui.printButton.clicked.connect(self.print_it)
        self.ui.closeButton.clicked.connect(self.accept)
        self.explain()

    def explain(self) -> billing.Explained | None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            e = billing.explain(
                self.ctx,
                self.ui.categoryCombo.currentText(),
                self.ui.consumptionSpin.value(),
                self.ui.usedSpin.value(),
            )
        if refused:
            return None
        say_info(self.ui.messageLabel, e.source)
        rows = "".join(
            f"<tr><td>{escape(tr_data(label))}</td><td align='right'>{kwh}</td>"
            f"<td align='right'>{price}</td><td align='right'>{amount:,.2f}</td></tr>"
            for label, kwh, price, amount in e.lines
        )
        heads = (self.tr("电量(kWh)"), self.tr("电价(元/kWh)"), self.tr("电费(元)"))
        tier = self.tr("档位")
        total = self.tr("合计 <b>{0}</b> 元").format(f"{e.total:,.2f}")
        self.ui.explanationView.setHtml(
            f"<table cellpadding='4'><tr><th align='left'>{escape(tier)}</th>"
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + f"</tr>{rows}</table><p style='font-size:13pt'>{total}</p>"
            f"<p style='color:#555'>{escape(tr_data(e.note))}</p>"
        )
        return e

    def print_it(self) -> None:
        e = self.explain()
        if e is None:
            return
        self.show_pdf(
            billing.print_explanation(
                self.ctx,
                e,
                self.due.account_no if self.due else "",
                self.due.name if self.due else "",
                self.printouts(),
            )
        )
