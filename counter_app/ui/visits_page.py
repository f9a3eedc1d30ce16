"""走访调查: a clerk's visits to make (我的走访) and, for a supervisor, the plans (走访计划)
with their progress, a new plan and the plan's printed visit sheets (走访记录表).

The plans tab is shown to whoever may make plans (domain/permissions.py ``visits.plan``);
the service refuses anyone else whatever the screen shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from counter_app.domain.permissions import may
from counter_app.services import field_visits, visit_sheets
from counter_app.services.field_visits import PlanInfo, TargetInfo
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_visits_page import Ui_VisitsPage
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import OVERDUE, fill_table
from counter_app.ui.refusals import say_done, show_refusal
from counter_app.ui.visit_dialogs import VisitEntryDialog, VisitPlanDialog


class VisitsPage(Page):
    """My visits (pending first, overdue red) and, for supervisors, the plans."""

    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        self.targets: list[TargetInfo] = []
        self.plans: list[PlanInfo] = []
        self.plan_dialog: VisitPlanDialog | None = None
        self.entry_dialog: VisitEntryDialog | None = None
        self.plans_shown = may(self.user.role, "visits.plan")
        if not self.plans_shown:
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.plansTab))
            self.ui.plansTab.hide()
        ui = self.ui
        ui.enterButton.clicked.connect(self.enter_selected)
        ui.targetsTable.doubleClicked.connect(lambda _index: self.enter_selected())
        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.printButton.clicked.connect(lambda: self.print_current())
        ui.plansTable.itemSelectionChanged.connect(self._show_plan_targets)
        ui.refreshButton.clicked.connect(self.refresh)
        self.refresh()

    # -- F5 ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.targets = field_visits.to_do(self.ctx, self.user)
        overdue = sum(1 for t in self.targets if t.overdue)
        summary = self.tr("我的走访：待走访 {0} 户，其中超期 {1} 户").format(
            len(self.targets), overdue
        )
        self._fill_targets()
        if self.plans_shown:
            chosen = self.chosen_plan()
            self.plans = field_visits.list_plans(self.ctx)
            summary += self.tr("；进行中的计划 {0} 个，已走访 {1}/{2} 户").format(
                len(self.plans),
                sum(p.done for p in self.plans),
                sum(p.total for p in self.plans),
            )
            self._fill_plans()
            if chosen:
                self.select_plan(chosen)
        self.ui.summaryLabel.setText(summary)

    def _fill_targets(self) -> None:
        table = self.ui.targetsTable
        fill_table(
            table,
            [
                self.tr("客户"),
                self.tr("户号"),
                self.tr("电话"),
                self.tr("用电地址"),
                self.tr("问卷"),
                self.tr("计划"),
                self.tr("完成期限"),
                self.tr("状态"),
            ],
            [
                [
                    t.customer_name,
                    t.account_no,
                    t.phone or "—",
                    t.address,
                    tr_data(t.survey_name),
                    t.plan_no,
                    day_text(t.due_date),
                    self.tr("{0}（已超期）").format(tr_data(t.status_name))
                    if t.overdue
                    else tr_data(t.status_name),
                ]
                for t in self.targets
            ],
            stretch=3,
        )
        for row, target in enumerate(self.targets):
            if target.overdue:
                for col in range(table.columnCount()):
                    table.item(row, col).setForeground(OVERDUE)
        if self.targets:
            table.selectRow(0)

    def _fill_plans(self) -> None:
        table = self.ui.plansTable
        fill_table(
            table,
            [
                self.tr("计划编号"),
                self.tr("计划"),
                self.tr("问卷"),
                self.tr("完成期限"),
                self.tr("进度"),
                self.tr("未联系上"),
                self.tr("待走访"),
                self.tr("发现问题"),
                self.tr("状态"),
            ],
            [
                [
                    p.plan_no,
                    p.title,
                    tr_data(p.survey_name),
                    day_text(p.due_date),
                    self.tr("{0}/{1}").format(p.done, p.total),
                    str(p.unreachable),
                    str(p.pending),
                    self.tr("{0}（已办结 {1}）").format(p.problems, p.findings_closed),
                    tr_data(p.status_name),
                ]
                for p in self.plans
            ],
            stretch=1,
        )
        for row, plan in enumerate(self.plans):
            if plan.overdue:
                for col in range(table.columnCount()):
                    table.item(row, col).setForeground(OVERDUE)
        if self.plans and table.currentRow() < 0:
            table.selectRow(0)

    def chosen_plan(self) -> str:
        row = self.ui.plansTable.currentRow()
        return self.plans[row].plan_no if 0 <= row < len(self.plans) else ""

    def select_plan(self, plan_no: str) -> None:
        for row, plan in enumerate(self.plans):
            if plan.plan_no == plan_no:
                self.ui.plansTable.selectRow(row)
                return

    def _show_plan_targets(self) -> None:
        plan_no = self.chosen_plan()
        rows = field_visits.plan_detail(self.ctx, plan_no).targets if plan_no else ()
        fill_table(
            self.ui.planTargetsTable,
            [
                self.tr("客户"),
                self.tr("户号"),
                self.tr("用电地址"),
                self.tr("走访人"),
                self.tr("状态"),
                self.tr("选取原因"),
            ],
            [
                [
                    t.customer_name,
                    t.account_no,
                    t.address,
                    t.visitor,
                    tr_data(t.status_name),
                    tr_data(t.reason),
                ]
                for t in rows
            ],
            stretch=2,
        )

    # -- a plan ------------------------------------------------------------------

    def new_plan(self) -> VisitPlanDialog:
        dialog = VisitPlanDialog(self.ctx, self.user, self)
        dialog.accepted.connect(lambda: self._planned(dialog))
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _planned(self, dialog: VisitPlanDialog) -> None:
        created = dialog.created
        if created is None:
            return
        self.refresh()
        self.select_plan(created.plan_no)
        say_done(
            self.ui.messageLabel,
            self.tr(
                "已建立走访计划 {0}：{1} 位客户，{2} 前完成。可按 Ctrl+P 打印走访记录表"
            ).format(created.plan_no, created.total, day_text(created.due_date)),
        )

    def print_current(self) -> bool:
        """Ctrl+P: on the plans tab, the chosen plan's visit sheets (one A4 per customer)."""
        if not self.plans_shown or self.ui.tabs.currentWidget() is not self.ui.plansTab:
            return False
        plan_no = self.chosen_plan()
        if not plan_no:
            show_refusal(self, self.tr("请先在列表中选择一个计划"), line=self.ui.messageLabel)
            return True
        folder: Path = self.printouts()
        self.print_and_show(
            lambda: visit_sheets.print_visit_sheets(self.ctx, plan_no, folder),
            self.tr("走访记录表未能生成：{0}"),
            self.ui.messageLabel,
        )
        return True

    # -- a visit -----------------------------------------------------------------

    def enter_selected(self) -> VisitEntryDialog | None:
        row = self.ui.targetsTable.currentRow()
        if not 0 <= row < len(self.targets):
            show_refusal(self, self.tr("请先在列表中选择一户"), line=self.ui.messageLabel)
            return None
        return self.enter_visit(self.targets[row])

    def enter_visit(self, target: TargetInfo) -> VisitEntryDialog:
        dialog = VisitEntryDialog(self.ctx, self.user, target, self)
        dialog.accepted.connect(lambda: self._visited(dialog))
        self.entry_dialog = dialog
        self.ui.messageLabel.clear()
        dialog.open()
        return dialog

    def _visited(self, dialog: VisitEntryDialog) -> None:
        result = dialog.recorded
        if result is None:
            return
        self.refresh()
        if result.status == "unreachable":
            text = self.tr("已记录：未能联系上客户，可再次走访")
        elif result.findings:
            text = self.tr(
                "已保存走访记录。发现问题 {0} 项，已登记跟进 {1}（{2} 前答复），"
                "请到“投诉意见”中处理"
            ).format(
                len(result.findings),
                self.tr("、").join(f.complaint_no for f in result.findings),
                day_text(min(f.decision_due for f in result.findings)),
            )
        else:
            text = self.tr("已保存走访记录，未发现问题")
        say_done(self.ui.messageLabel, text)
