"""走访调查's dialogs: a supervisor's new plan (走访计划), a visit's answers (录入走访结果)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from counter_app.domain.clock import HALL_TZ, local_date, local_naive
from counter_app.domain.permissions import may
from counter_app.domain.visit_rules import PlanRule
from counter_app.domain.vocabulary import FIELD_VISIT_METHODS
from counter_app.services import auth, field_visit_records, field_visits, lookup
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.field_visit_records import VisitResult
from counter_app.services.field_visits import TargetInfo
from counter_app.services.visit_targets import Candidate
from counter_app.ui import complaints_page
from counter_app.ui.day_text import day_text
from counter_app.ui.forms.ui_visit_entry_dialog import Ui_VisitEntryDialog
from counter_app.ui.forms.ui_visit_plan_dialog import Ui_VisitPlanDialog
from counter_app.ui.i18n import tr_data
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown, say_info, show_refusal
from counter_app.ui.survey_form import SurveyForm

DEFAULT_DAYS = 14  # a new plan's due date: two weeks on, the supervisor changes it


def rule_text(rule: PlanRule) -> str:
    """What a rule asks of the store, with its numbers from resources/visits.toml."""
    if rule.kind == "new_connections":
        return QCoreApplication.translate("VisitPlanDialog", "新装完成不超过 {0} 天").format(
            rule.days
        )
    if rule.kind == "complaints":
        return QCoreApplication.translate(
            "VisitPlanDialog", "{0} 天内有投诉或 {1} 分及以下的评价"
        ).format(rule.days, rule.rating_at_most)
    if rule.kind == "large_accounts":
        return QCoreApplication.translate(
            "VisitPlanDialog", "{0}，容量不低于 {1} kW 或{2}供电"
        ).format(tr_data(rule.category), rule.min_capacity_kw, tr_data(rule.voltage))
    if rule.kind == "outage_area":
        return QCoreApplication.translate(
            "VisitPlanDialog", "{0} 天内所在地区停电不少于 {1} 次"
        ).format(rule.days, rule.min_outages)
    return ""


class VisitPlanDialog(QDialog):
    """A new plan: its name, the questionnaire, the period and due date, who visits, and
    whom — a rule's customers (previewed masked; any may be taken out) or accounts looked
    up one by one as the lookup finds them."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitPlanDialog()
        self.ui.setupUi(self)
        self.ctx, self.user = ctx, user
        self.created: field_visits.PlanInfo | None = None
        # Rule mode: the customers the preview showed (None: not previewed, the rule picks
        # at saving). Hand mode: the accounts added.
        self.previewed: list[Candidate] | None = None
        self.by_hand: list[lookup.CustomerHit] = []
        ui = self.ui
        for survey in ctx.rules.surveys.values():
            ui.surveyCombo.addItem(tr_data(survey.name), survey.code)
        for rule in ctx.rules.visits.rules:
            ui.ruleCombo.addItem(tr_data(rule.name), rule.code)
        today = local_date(ctx.clock())
        for edit in (ui.fromEdit, ui.dueEdit):
            edit.setMinimumDate(QDate(today))
        ui.fromEdit.setDate(QDate(today))
        ui.dueEdit.setDate(QDate(today + timedelta(days=DEFAULT_DAYS)))
        for staff in auth.list_users(ctx):
            if staff.active and may(staff.role, "visits.record"):
                item = QListWidgetItem(staff.display_name, ui.visitorsList)
                item.setData(Qt.ItemDataRole.UserRole, staff.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        ui.ruleCombo.currentIndexChanged.connect(lambda _i: self._rule_chosen())
        ui.surveyCombo.currentIndexChanged.connect(lambda _i: self._clear_preview())
        ui.ruleRadio.toggled.connect(lambda _on: self._mode_changed())
        ui.accountEdit.returnPressed.connect(self.add_account)
        ui.addButton.clicked.connect(self.add_account)
        ui.removeButton.clicked.connect(self.remove_customer)
        ui.previewButton.clicked.connect(self.preview)
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        self._rule_chosen()
        self._mode_changed()

    # -- whom --------------------------------------------------------------------

    def _rule_chosen(self) -> None:
        """The rule's questionnaire is suggested, and what the rule asks is said."""
        rule = self.ctx.rules.visits.rule(self.ui.ruleCombo.currentData() or "")
        self.ui.ruleInfoLabel.setText(rule_text(rule) if rule else "")
        if rule is not None:
            index = self.ui.surveyCombo.findData(rule.survey)
            if index >= 0:
                self.ui.surveyCombo.setCurrentIndex(index)
        self._clear_preview()

    def by_rule(self) -> bool:
        return self.ui.ruleRadio.isChecked()

    def _mode_changed(self) -> None:
        by_rule = self.by_rule()
        self.ui.ruleCombo.setEnabled(by_rule)
        self.ui.previewButton.setEnabled(by_rule)
        for widget in (self.ui.accountEdit, self.ui.addButton):
            widget.setEnabled(not by_rule)
        if by_rule:
            self._clear_preview()
        else:
            self._show_hand()

    def _clear_preview(self) -> None:
        if not self.by_rule():
            return
        self.previewed = None
        self._fill([])
        say_info(self.ui.countLabel, self.tr("按“预览客户”查看规则选出的客户，可移除个别客户"))

    def _fill(self, rows: list[list[str]]) -> None:
        fill_table(
            self.ui.previewTable,
            [
                self.tr("客户"),
                self.tr("户号"),
                self.tr("电话"),
                self.tr("用电地址"),
                self.tr("选取原因"),
            ],
            rows,
            stretch=3,
        )

    def preview(self) -> list[Candidate] | None:
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            picked = field_visits.candidates(
                self.ctx,
                self.user,
                self.ui.ruleCombo.currentData(),
                self.ui.surveyCombo.currentData(),
            )
        if refused:
            return None
        self.ui.messageLabel.clear()
        self.previewed = list(picked.candidates)
        self._show_previewed()
        if picked.left_out:
            say_info(
                self.ui.countLabel,
                self.tr("规则选出 {0} 位客户，另有 {1} 位超出一个计划的上限未列入").format(
                    len(self.previewed), picked.left_out
                ),
            )
        return self.previewed

    def _show_previewed(self) -> None:
        shown = self.previewed or []
        self._fill(
            [[c.customer_name, c.account_no, c.phone or "—", c.address, c.reason] for c in shown]
        )
        say_info(self.ui.countLabel, self.tr("规则选出 {0} 位客户").format(len(shown)))

    def add_account(self) -> None:
        typed = self.ui.accountEdit.text().strip()
        if not typed:
            return
        with refusal_shown(self, line=self.ui.messageLabel) as refused:
            hits = [h for h in lookup.search(self.ctx, typed, limit=20) if h.account_no]
        if refused:
            return
        if not hits:
            show_refusal(
                self, self.tr("没有找到与“{0}”相符的客户").format(typed), line=self.ui.messageLabel
            )
            return
        hit = hits[0]
        if len(hits) > 1:
            labels = [f"{h.name}　{h.account_no}　{h.address}" for h in hits]
            chosen = complaints_page.ask_choice(
                self, self.tr("选择客户"), self.tr("找到多位客户，请选择："), labels
            )
            if chosen is None or chosen not in labels:
                return
            hit = hits[labels.index(chosen)]
        if all(h.account_no != hit.account_no for h in self.by_hand):
            self.by_hand.append(hit)
        self.ui.accountEdit.clear()
        self.ui.messageLabel.clear()
        self._show_hand()

    def remove_customer(self) -> None:
        """Take the chosen line out: a hand-picked account, or a previewed customer the
        supervisor does not want visited this time."""
        row = self.ui.previewTable.currentRow()
        if self.by_rule():
            if self.previewed is not None and 0 <= row < len(self.previewed):
                del self.previewed[row]
                self._show_previewed()
        elif 0 <= row < len(self.by_hand):
            del self.by_hand[row]
            self._show_hand()

    def _show_hand(self) -> None:
        self._fill(
            [
                [h.name, h.account_no, h.mobile or "—", h.address, self.tr("逐户指定")]
                for h in self.by_hand
            ]
        )
        say_info(self.ui.countLabel, self.tr("已指定 {0} 位客户").format(len(self.by_hand)))

    # -- saving ------------------------------------------------------------------

    def visitor_ids(self) -> list[int]:
        items = self.ui.visitorsList
        return [
            items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(items.count())
            if items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def account_nos(self) -> list[str] | None:
        """None: the rule picks at saving (nothing previewed)."""
        if self.by_rule():
            return None if self.previewed is None else [c.account_no for c in self.previewed]
        return [h.account_no for h in self.by_hand]

    def save(self) -> None:
        ui = self.ui
        with refusal_shown(self, line=ui.messageLabel) as refused:
            self.created = field_visits.make_plan(
                self.ctx,
                self.user,
                title=ui.titleEdit.text(),
                survey_code=ui.surveyCombo.currentData(),
                period_from=ui.fromEdit.date().toPython(),
                period_to=ui.dueEdit.date().toPython(),
                due_date=ui.dueEdit.date().toPython(),
                rule_code=ui.ruleCombo.currentData() if self.by_rule() else "",
                account_nos=self.account_nos(),
                visitor_ids=self.visitor_ids(),
            )
        if refused:
            return
        self.accept()


class VisitEntryDialog(QDialog):
    """One customer's visit: how and when, the answers (the questionnaire as a form) and
    notes; or that the customer could not be reached."""

    def __init__(
        self,
        ctx: AppContext,
        user: UserInfo,
        target: TargetInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitEntryDialog()
        self.ui.setupUi(self)
        self.ctx, self.user, self.target = ctx, user, target
        self.recorded: VisitResult | None = None
        ui = self.ui
        survey = ctx.rules.surveys[target.survey_code]
        self.setWindowTitle(self.tr("录入走访结果 - {0}").format(tr_data(survey.name)))
        ui.customerLabel.setText(
            self.tr("{0}　户号 {1}　电话 {2}\n地址：{3}\n计划 {4}，{5} 前完成").format(
                target.customer_name,
                target.account_no,
                target.phone or "—",
                target.address,
                target.plan_no,
                day_text(target.due_date),
            )
        )
        for method in FIELD_VISIT_METHODS:
            ui.methodCombo.addItem(tr_data(method), method)
        ui.whenEdit.setDateTime(local_naive(ctx.clock()).replace(second=0, microsecond=0))
        self.form = SurveyForm(survey, ui.questionsLayout, ui.questionsWidget)
        ui.unreachableCheck.toggled.connect(lambda on: self.form.set_enabled(not on))
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def visited_at(self) -> datetime:
        naive = self.ui.whenEdit.dateTime().toPython()
        return naive.replace(second=0, microsecond=0, tzinfo=HALL_TZ)

    def save(self) -> None:
        ui = self.ui
        reached = not ui.unreachableCheck.isChecked()
        with refusal_shown(self, line=ui.messageLabel) as refused:
            self.recorded = field_visit_records.record_visit(
                self.ctx,
                self.user,
                self.target.target_id,
                method=ui.methodCombo.currentData(),
                visited_at=self.visited_at(),
                reached=reached,
                answers=self.form.answers() if reached else {},
                notes=ui.notesEdit.toPlainText(),
            )
        if refused:
            return
        self.accept()
