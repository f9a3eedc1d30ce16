"""Screenshots of 走访调查 (called from screenshots.take_all): the supervisor's new-plan
dialog with a rule's customers previewed, the plan list with its progress, the visit sheet
as printed, the clerk's visit entry form, and the problem it found in 投诉意见."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counter_app.domain.surveys import Survey
from counter_app.services import (
    auth,
    complaints,
    field_visit_records,
    field_visits,
    visit_sheets,
)
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.ui.settings import Settings

SIZE = (1366, 768 - 70)  # a maximized window on the hall's usual screen (ui/screen_fit.py)


def sample_answers(survey: Survey, problem: bool) -> dict[str, str]:
    """Good answers throughout; with ``problem``, a problem on the first question that can
    find one (it opens a follow-up)."""
    answers: dict[str, str] = {}
    first = next(q.code for q in survey.questions if q.can_find_problem) if problem else ""
    for q in survey.questions:
        bad = sorted(q.problem_options)
        if q.kind == "scale":
            answers[q.code] = "2" if q.code == first else "4"
        elif q.code == first and bad:
            answers[q.code] = bad[0]
        elif q.options:
            answers[q.code] = next(o for o in q.options if o not in q.problem_options)
    return answers


def shoot_visits(
    shoot: Callable[[QWidget, str], Path],
    ctx: AppContext,
    hall: HallInfo,
    settings: Settings,
    printouts: Path,
    outdir: Path,
    to_png: Callable[[Path, Path, str, int], list[Path]],
) -> list[Path]:
    """A plan made through the dialog from the first rule that picks anyone; two visits
    entered (one finds a problem, one customer not reached); each screen shot."""
    from counter_app.ui.main_window import MainWindow

    users = auth.list_users(ctx)
    boss = next(u for u in users if u.role == "supervisor")
    clerk = next(u for u in users if u.role == "clerk")
    window = MainWindow(ctx, hall, boss, settings, printouts)
    window.show_pdf = lambda _path: None  # type: ignore[method-assign]
    window.resize(*SIZE)
    window.show_area(window.visits)
    page = window.visits
    page.ui.tabs.setCurrentWidget(page.ui.plansTab)
    dialog = page.new_plan()
    ui = dialog.ui
    for index in range(ui.ruleCombo.count()):
        ui.ruleCombo.setCurrentIndex(index)
        if dialog.preview():
            break
    while dialog.previewed and len(dialog.previewed) > 8:  # a morning's round, not a year's
        dialog.previewed.pop()
    dialog._show_previewed()
    names = [ui.visitorsList.item(i).text() for i in range(ui.visitorsList.count())]
    ui.visitorsList.item(names.index(clerk.display_name)).setCheckState(Qt.CheckState.Checked)
    ui.dueEdit.setDate(ui.dueEdit.date().addDays(-4))
    files = [shoot(dialog, "95_visit_plan_dialog")]
    dialog.save()
    plan = dialog.created
    if plan is None:  # no rule picked anyone in this store: the dialog says why
        window.close()
        return files

    targets = field_visits.plan_detail(ctx, plan.plan_no).targets
    mine = [t for t in targets if t.visitor_id == clerk.id]
    survey = ctx.rules.surveys[plan.survey_code]
    if len(mine) > 1:
        answers = sample_answers(survey, problem=True)
        field_visit_records.record_visit(
            ctx,
            clerk,
            mine[1].target_id,
            method="上门",
            reached=True,
            answers=answers,
            notes="客户反映近期停电较多",
            visited_at=ctx.clock() - timedelta(hours=2),
        )
    if len(mine) > 2:
        field_visit_records.record_visit(
            ctx,
            clerk,
            mine[2].target_id,
            method="电话",
            reached=False,
            answers={},
            notes="电话无人接听",
        )
    page.refresh()
    page.select_plan(plan.plan_no)
    files.append(shoot(window, "95_visits_plans"))
    window.close()
    window.deleteLater()

    sheets = visit_sheets.print_visit_sheets(ctx, plan.plan_no, printouts)
    shutil.copy(sheets, outdir / "95_visit_sheet.pdf")
    files += to_png(sheets, outdir, "95_visit_sheet", 80)[:1]

    desk = MainWindow(ctx, hall, clerk, settings, printouts)
    desk.show_pdf = lambda _path: None  # type: ignore[method-assign]
    desk.resize(*SIZE)
    desk.show_area(desk.today)
    files.append(shoot(desk, "95_today_with_visits"))
    desk.show_area(desk.visits)
    entry = desk.visits.enter_selected()
    if entry is not None:
        for code, value in sample_answers(entry.form.survey, problem=True).items():
            entry.form.choose(code, value)
        entry.ui.notesEdit.setPlainText("客户在家，当面填答")
        files.append(shoot(entry, "95_visit_entry"))
        entry.save()
        files.append(shoot(desk, "95_visit_saved"))
    desk.show_area(desk.complaints)
    kinds = desk.complaints.ui.kindCombo
    kinds.setCurrentIndex(kinds.findData("finding"))
    desk.complaints.ui.complaintsTable.selectRow(0)
    files.append(shoot(desk, "95_findings_in_complaints"))
    detail = desk.complaints.open_selected()
    if detail is not None:
        files.append(shoot(detail, "95_finding_detail"))
        detail.close()
        # Followed to its close: contacted, what was done, the customer told, 办结.
        finding_no = desk.complaints.ui.complaintsTable.item(0, 0).text()
        complaints.record_contact(ctx, clerk, finding_no, "电话联系客户，约定上门查看")
        complaints.resolve(ctx, clerk, finding_no, "已安排检修，计划停电前一周书面通知客户")
        complaints.callback(ctx, clerk, finding_no, "满意", "客户认可处理结果")
        complaints.close(ctx, boss, finding_no)
        closed = desk.complaints.open_complaint(finding_no)
        files.append(shoot(closed, "95_finding_closed"))
        closed.close()
    desk.close()
    desk.deleteLater()
    return files
