"""走访调查 through its real widgets: a supervisor makes a plan from a rule, a clerk enters a
visit whose problem answer opens a follow-up, the follow-up is found and closed in 投诉意见,
a clerk can make no plan, and the plan's visit sheets print."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from support import add_owing_account, pdf_text, type_text

from counter_app.services import field_visits
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Complaint
from counter_app.store.models.field_visits import (
    FieldVisit,
    SurveyAnswer,
    VisitPlan,
    VisitTarget,
)
from counter_app.ui import complaints_page, screen_fit
from counter_app.ui.complaints_page import ComplaintsPage
from counter_app.ui.look import BASE_POINT_SIZE, set_point_size
from counter_app.ui.page_contract import PageKit
from counter_app.ui.pages import OVERDUE, TodayPage
from counter_app.ui.visit_dialogs import VisitEntryDialog, VisitPlanDialog
from counter_app.ui.visits_page import VisitsPage

# Tuesday 2026-11-24, 10:00 hall time.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
LARGE = "330101000888"  # a large non-residential account: the 大容量非居民客户 rule's
HOME = "330101000777"  # a household: no rule of these tests picks it


@pytest.fixture
def accounts(ctx: AppContext, hall) -> None:  # type: ignore[no-untyped-def]
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(
            s,
            NOW,
            LARGE,
            name="东方机械厂",
            address="城关镇工业园8号",
            category="非居民",
            capacity_kw=Decimal("400"),
            cert_type="统一社会信用代码",
            cert_no="91330101MA2B3C4D5E",
            mobile="13912345678",
        )
        add_owing_account(s, NOW, HOME)


def page_for(qtbot, ctx: AppContext, user: UserInfo, shown: list[Path], tmp: Path) -> VisitsPage:  # type: ignore[no-untyped-def]
    page = VisitsPage(
        PageKit(ctx, user, show_pdf=shown.append, printouts=lambda: tmp / "printouts")
    )
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    return page


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def plan_by_hand(ctx: AppContext, boss: UserInfo, clerk: UserInfo) -> field_visits.PlanInfo:
    return field_visits.make_plan(
        ctx,
        boss,
        title="",
        survey_code="large_customer",
        period_from=NOW.date(),
        period_to=datetime(2026, 12, 4).date(),
        due_date=datetime(2026, 12, 4).date(),
        account_nos=[LARGE],
        visitor_ids=[clerk.id],
    )


def test_a_supervisor_makes_a_plan_from_a_rule(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx, supervisor, shown_pdfs, tmp_path)
    assert page.ui.tabs.indexOf(page.ui.plansTab) >= 0
    page.ui.tabs.setCurrentWidget(page.ui.plansTab)
    assert page.ui.plansTable.rowCount() == 0

    click(qtbot, page.ui.newPlanButton)
    dialog = page.plan_dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("large"))
    # The rule suggests its questionnaire and says what it asks.
    assert ui.surveyCombo.currentData() == "large_customer"
    assert "100 kW" in ui.ruleInfoLabel.text()
    visitors = ui.visitorsList
    names = [visitors.item(i).text() for i in range(visitors.count())]
    assert "张营业" in names
    visitors.item(names.index("张营业")).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, ui.titleEdit, "大客户冬季走访")

    click(qtbot, ui.previewButton)
    # Only the large account; its name masked.
    assert ui.previewTable.rowCount() == 1
    shown = [ui.previewTable.item(0, c).text() for c in range(ui.previewTable.columnCount())]
    assert shown[0] == "东****" and shown[1] == LARGE
    assert "东方机械厂" not in "".join(shown)
    assert "1 位客户" in ui.countLabel.text()

    click(qtbot, ui.okButton)
    assert not dialog.isVisible()
    with ctx.read() as s:
        plan = s.scalars(select(VisitPlan)).one()
        target = s.scalars(select(VisitTarget)).one()
    assert (plan.title, plan.survey_code) == ("大客户冬季走访", "large_customer")
    assert plan.rule_code == "large"
    assert plan.created_by == supervisor.id
    assert target.visitor_id == clerk.id and target.status == "pending"
    # The list shows it with its progress, chosen; its customers below.
    assert page.ui.plansTable.rowCount() == 1
    row = [page.ui.plansTable.item(0, c).text() for c in range(page.ui.plansTable.columnCount())]
    assert row[0] == plan.plan_no and "0/1" in row
    assert page.ui.planTargetsTable.rowCount() == 1
    assert plan.plan_no in page.ui.messageLabel.text()


def test_a_clerk_records_a_problem_and_it_is_closed_in_complaints(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    plan = plan_by_hand(ctx, supervisor, clerk)
    page = page_for(qtbot, ctx, clerk, shown_pdfs, tmp_path)
    assert page.ui.targetsTable.rowCount() == 1
    assert page.ui.targetsTable.item(0, 1).text() == LARGE

    click(qtbot, page.ui.enterButton)
    dialog = page.entry_dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    # The questionnaire as a form: a yes/no, a 1–5 scale, a choice and a text question.
    assert set(form.inputs) == {
        "outages_hurt",
        "power_quality",
        "capacity_plan",
        "account_manager",
        "overall",
        "needs",
    }
    # A required question left unanswered: refused, nothing written.
    click(qtbot, dialog.ui.okButton)
    assert "请回答" in dialog.ui.messageLabel.text() and dialog.isVisible()
    with ctx.read() as s:
        assert s.scalars(select(FieldVisit)).all() == []

    form.choose("outages_hurt", "是")  # a problem: 停电影响了生产经营
    form.choose("power_quality", "4")
    form.choose("capacity_plan", "计划增容")
    form.choose("account_manager", "是")
    form.choose("overall", "4")
    type_text(qtbot, form.inputs["needs"], "希望检修停电提前一周通知")
    type_text(qtbot, dialog.ui.notesEdit, "厂长接待")
    click(qtbot, dialog.ui.okButton)
    assert not dialog.isVisible()

    with ctx.read() as s:
        visit = s.scalars(select(FieldVisit)).one()
        answers = {a.question_code: a for a in s.scalars(select(SurveyAnswer))}
        finding = s.scalars(select(Complaint)).one()
    assert (visit.method, visit.reached, visit.visitor_id) == ("上门", True, clerk.id)
    assert answers["power_quality"].value_number == 4
    assert answers["outages_hurt"].is_problem and answers["outages_hurt"].finding_id == finding.id
    assert not answers["overall"].is_problem
    assert finding.kind == "finding" and finding.status == "open"
    # Said where it went; the visit is off the clerk's list.
    assert finding.complaint_no in page.ui.messageLabel.text()
    assert "投诉意见" in page.ui.messageLabel.text()
    assert page.ui.targetsTable.rowCount() == 0

    # 投诉意见: the 走访发现 filter shows it; walked to closed through its buttons.
    answers_given = iter(["已电话联系厂长", "已安排检修前一周书面通知", ""])
    monkeypatch.setattr(complaints_page, "ask_text", lambda *_a: next(answers_given))
    monkeypatch.setattr(complaints_page, "ask_choice", lambda *_a: "满意")
    monkeypatch.setattr(complaints_page, "ask_confirm", lambda *_a: True)
    complaints = ComplaintsPage(PageKit(ctx, clerk, show_pdf=shown_pdfs.append))
    qtbot.addWidget(complaints)
    complaints.show()
    kinds = complaints.ui.kindCombo
    kinds.setCurrentIndex(kinds.findData("complaint"))
    assert complaints.ui.complaintsTable.rowCount() == 0
    kinds.setCurrentIndex(kinds.findData("finding"))
    assert complaints.ui.complaintsTable.rowCount() == 1
    assert complaints.ui.complaintsTable.item(0, 1).text() == "走访发现"
    complaints.ui.complaintsTable.selectRow(0)
    click(qtbot, complaints.ui.openButton)
    detail = complaints.detail_dialog
    assert detail is not None
    for button in ("contactButton", "resolveButton", "callbackButton", "finishButton"):
        click(qtbot, getattr(detail.ui, button))
    with ctx.read() as s:
        closed = s.get_one(Complaint, finding.id)
    assert closed.status == "closed"
    assert closed.resolution == "已安排检修前一周书面通知"
    assert closed.callback_result == "满意"
    # The plan counts it found and closed.
    assert field_visits.list_plans(ctx)[0].findings_closed == 1
    assert plan.plan_no


def test_an_unreachable_customer_is_recorded_as_such(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    plan_by_hand(ctx, supervisor, clerk)
    page = page_for(qtbot, ctx, clerk, shown_pdfs, tmp_path)
    dialog = page.enter_selected()
    assert dialog is not None
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("电话"))
    dialog.ui.unreachableCheck.setChecked(True)
    assert not dialog.form.inputs["overall"].isEnabled()
    type_text(qtbot, dialog.ui.notesEdit, "电话无人接听")
    click(qtbot, dialog.ui.okButton)
    with ctx.read() as s:
        visit = s.scalars(select(FieldVisit)).one()
        target = s.scalars(select(VisitTarget)).one()
        assert s.scalars(select(SurveyAnswer)).all() == []
    assert (visit.reached, visit.method, target.status) == (False, "电话", "unreachable")
    assert "未能联系上" in page.ui.messageLabel.text()
    # Still on the clerk's list, to be tried again.
    assert page.ui.targetsTable.rowCount() == 1


def test_a_clerk_cannot_make_a_plan(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx, clerk, shown_pdfs, tmp_path)
    assert page.ui.tabs.indexOf(page.ui.plansTab) == -1
    assert not page.ui.newPlanButton.isVisible()
    assert page.print_current() is False  # nothing of its own to print
    with pytest.raises(UserError):
        plan_by_hand(ctx, clerk, clerk)
    with ctx.read() as s:
        assert s.scalars(select(VisitPlan)).all() == []


def test_the_plans_visit_sheets_print(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    plan = plan_by_hand(ctx, supervisor, clerk)
    page = page_for(qtbot, ctx, supervisor, shown_pdfs, tmp_path)
    page.ui.tabs.setCurrentWidget(page.ui.plansTab)
    page.ui.plansTable.selectRow(0)
    assert page.print_current() is True
    assert len(shown_pdfs) == 1
    text = pdf_text(shown_pdfs[0], squeeze=True)
    assert plan.plan_no in text
    assert "3301****0888" in text and LARGE not in text
    assert "东方机械厂" not in text


def test_today_shows_the_visits_due_and_the_plans(
    qtbot,
    app_look,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
) -> None:  # type: ignore[no-untyped-def]
    today = TodayPage(PageKit(ctx, clerk))
    qtbot.addWidget(today)
    today.show()
    assert not today.ui.visitsLabel.isVisible()  # no plans: nothing said of them
    plan_by_hand(ctx, supervisor, clerk)
    today.refresh()
    assert today.ui.visitsLabel.isVisible()
    assert "待走访 1 户，其中超期 0 户" in today.ui.visitsLabel.text()
    assert "走访计划" not in today.ui.visitsLabel.text()  # a clerk sees no plans
    boss = TodayPage(PageKit(ctx, supervisor))
    qtbot.addWidget(boss)
    boss.show()
    assert "走访计划 1 个进行中：已走访 0/1 户" in boss.ui.visitsLabel.text()
    # Past the due date the clerk's visit turns red on 走访调查.
    ctx.clock = lambda: datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
    page = VisitsPage(PageKit(ctx, clerk))
    qtbot.addWidget(page)
    assert page.targets[0].overdue
    assert page.ui.targetsTable.item(0, 0).foreground() == OVERDUE


@pytest.fixture
def type_size(app_look):  # type: ignore[no-untyped-def]
    yield
    set_point_size(QApplication.instance(), BASE_POINT_SIZE)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("screen", "points"),
    [(screen, points) for screen in screen_fit.SCREENS for points in screen_fit.POINT_SIZES],
)
def test_the_dialogs_fit_the_halls_screen(
    qtbot,
    type_size: None,
    ctx: AppContext,
    accounts: None,
    supervisor: UserInfo,
    clerk: UserInfo,
    screen: tuple[int, int],
    points: int,
) -> None:  # type: ignore[no-untyped-def]
    """The plan dialog with a rule's customers listed, and the entry form of the longest
    questionnaire (年度满意度), at the hall's screens and type sizes (test_screens_fit.py)."""
    set_point_size(QApplication.instance(), points)  # type: ignore[arg-type]
    field_visits.make_plan(
        ctx,
        supervisor,
        title="",
        survey_code="annual_satisfaction",
        period_from=NOW.date(),
        period_to=NOW.date(),
        due_date=NOW.date(),
        account_nos=[HOME],
        visitor_ids=[clerk.id],
    )
    plan = VisitPlanDialog(ctx, supervisor)
    plan.ui.ruleCombo.setCurrentIndex(plan.ui.ruleCombo.findData("large"))
    assert plan.preview()
    entry = VisitEntryDialog(ctx, clerk, field_visits.to_do(ctx, clerk)[0])
    room = screen_fit.available(screen)
    for dialog in (plan, entry):
        qtbot.addWidget(dialog)
        dialog.show()
        need = screen_fit.needed(dialog)
        assert need.expandedTo(room) == room, f"{dialog.objectName()} needs {need.toTuple()}"
        dialog.resize(dialog.size().boundedTo(room))
        QApplication.processEvents()
        assert screen_fit.cut_controls(dialog, dialog) == []
