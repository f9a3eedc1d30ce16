"""A complaint taken through the real intake dialog, its slip previewed, then walked to
closed through the detail dialog's buttons; overdue rows turn red."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import pdf_text, type_text

from counter_app.services import complaint_lists, complaints
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Complaint, ComplaintEvent
from counter_app.ui import complaints_page
from counter_app.ui.complaints_page import ComplaintsPage
from counter_app.ui.page_contract import PageKit
from counter_app.ui.pages import OVERDUE

# Wednesday 2026-09-30, 10:00 hall time, the eve of the National Day holiday.
EVE = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)
NUMBER = "330101-TS20260930-001"


def on(ctx: AppContext, day: date) -> None:
    moment = datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)
    ctx.clock = lambda: moment


@pytest.fixture
def page(
    qtbot,
    app_look,
    ctx: AppContext,
    clerk: UserInfo,
    supervisor: UserInfo,
    shown_pdfs: list[Path],
    tmp_path: Path,
) -> ComplaintsPage:  # type: ignore[no-untyped-def]
    ctx.clock = lambda: EVE
    widget = ComplaintsPage(
        PageKit(ctx, clerk, show_pdf=shown_pdfs.append, printouts=lambda: tmp_path / "printouts")
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    return widget


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_intake_prints_the_slip_then_walk_to_closed(
    qtbot,
    page: ComplaintsPage,
    ctx: AppContext,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    assert page.ui.complaintsTable.rowCount() == 0
    assert page.ui.summaryLabel.text() == "未办结 0 件，其中超期 0 件"

    click(qtbot, page.ui.newButton)
    dialog = page.intake_dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    # The choices come from resources/complaints.toml.
    assert [ui.channelCombo.itemText(i) for i in range(ui.channelCombo.count())] == [
        "柜台",
        "电话",
        "网站/APP",
        "信函",
        "其他",
    ]
    assert ui.categoryCombo.count() == 6
    assert "2026年10月8日 前与客户联系" in ui.deadlineLabel.text()
    assert "2026年10月15日 前答复处理意见" in ui.deadlineLabel.text()
    assert "12398 能源监管热线" in ui.deadlineLabel.text()

    # Content is required: nothing is saved without it.
    click(qtbot, ui.okButton)
    assert "请填写投诉内容" in ui.messageLabel.text() and dialog.isVisible()

    ui.channelCombo.setCurrentText("电话")
    ui.categoryCombo.setCurrentText("办电时限")
    type_text(qtbot, ui.nameEdit, "王小明")
    type_text(qtbot, ui.phoneEdit, "13812341234")
    type_text(qtbot, ui.accountEdit, "330101000777")
    type_text(qtbot, ui.contentEdit, "申请新装三周未装表")
    type_text(qtbot, ui.requestEdit, "尽快装表")
    click(qtbot, ui.okButton)
    assert not dialog.isVisible()

    with ctx.read() as s:
        stored = s.scalars(select(Complaint)).one()
    assert stored.complaint_no == NUMBER
    assert (stored.channel, stored.category, stored.kind, stored.status) == (
        "电话",
        "办电时限",
        "complaint",
        "open",
    )
    assert (stored.contact_name, stored.contact_phone, stored.account_no) == (
        "王小明",
        "13812341234",
        "330101000777",
    )
    assert (stored.content, stored.request) == ("申请新装三周未装表", "尽快装表")
    assert (stored.contact_due, stored.decision_due) == (date(2026, 10, 8), date(2026, 10, 15))
    assert stored.created_by == clerk.id

    # The slip went to the preview.
    assert len(shown_pdfs) == 1 and shown_pdfs[0].name == f"投诉受理回执_{NUMBER}.pdf"
    text = pdf_text(shown_pdfs[0], squeeze=True)
    assert f"受理编号：{NUMBER}" in text
    assert "我们将于2026年10月8日前与您联系，2026年10月15日前答复处理意见。" in text
    assert "12398" in text and "王**" in text and "王小明" not in text
    assert NUMBER in page.ui.messageLabel.text()

    # The list shows it, masked, selected.
    table = page.ui.complaintsTable
    assert table.rowCount() == 1 and table.currentRow() == 0
    assert table.item(0, 0).text() == NUMBER
    assert table.item(0, 5).text() == "王**"
    assert table.item(0, 9).text() == "待联系"
    assert page.ui.summaryLabel.text() == "未办结 1 件，其中超期 0 件"

    # The detail dialog, step by step through its buttons.
    click(qtbot, page.ui.openButton)
    detail = page.detail_dialog
    assert detail is not None and detail.isVisible()
    d = detail.ui
    assert NUMBER in d.titleLabel.text() and "待联系" in d.titleLabel.text()
    assert "王**" in d.infoLabel.text() and "138****1234" in d.infoLabel.text()
    assert "申请新装三周未装表" in d.contentView.toPlainText()
    assert d.eventsTable.rowCount() == 1 and d.eventsTable.item(0, 1).text() == "受理"
    assert [b.isEnabled() for b in (d.resolveButton, d.callbackButton, d.finishButton)] == [
        False,
        False,
        False,
    ]

    answers: dict[str, str] = {}
    monkeypatch.setattr(
        complaints_page, "ask_text", lambda _parent, title, _label: answers[f"text:{title}"]
    )
    monkeypatch.setattr(
        complaints_page,
        "ask_choice",
        lambda _parent, title, _label, items: next(i for i in items if answers[title] in i),
    )
    monkeypatch.setattr(complaints_page, "ask_confirm", lambda _parent, _title, _text: True)

    answers["指派"] = "李班长"
    click(qtbot, d.assignButton)
    assert "指派：李班长（0101）" in d.infoLabel.text()

    on(ctx, date(2026, 10, 8))
    answers["text:记录联系"] = "电话联系客户，约定10月12日装表"
    click(qtbot, d.contactButton)
    assert "处理中" in d.titleLabel.text()
    assert d.resolveButton.isEnabled() and not d.finishButton.isEnabled()

    on(ctx, date(2026, 10, 12))
    answers["text:处理结果"] = "已装表接电，延误系表计缺货，已致歉"
    click(qtbot, d.resolveButton)
    assert "处理结果：已装表接电" in d.resultLabel.text()
    assert d.callbackButton.isEnabled() and not d.finishButton.isEnabled()

    answers["回访"] = "基本满意"
    answers["text:回访"] = "客户认可处理结果"
    click(qtbot, d.callbackButton)
    assert "回访结果：客户基本满意" in d.resultLabel.text()
    assert d.finishButton.isEnabled()

    click(qtbot, d.finishButton)
    assert "已办结" in d.titleLabel.text()
    assert not any(
        b.isEnabled()
        for b in (
            d.assignButton,
            d.contactButton,
            d.resolveButton,
            d.callbackButton,
            d.finishButton,
        )
    )
    assert [d.eventsTable.item(r, 1).text() for r in range(d.eventsTable.rowCount())] == [
        "受理",
        "指派",
        "联系客户",
        "处理结果",
        "回访",
        "办结",
    ]

    # Reprint from the detail dialog.
    click(qtbot, d.printButton)
    assert len(shown_pdfs) == 2

    click(qtbot, d.closeButton)
    assert not detail.isVisible()
    with ctx.read() as s:
        stored = s.scalars(select(Complaint)).one()
        kinds = [e.kind for e in s.scalars(select(ComplaintEvent).order_by(ComplaintEvent.id))]
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "complaint")).all()
    assert stored.status == "closed" and stored.callback_result == "基本满意"
    assert kinds == ["opened", "assigned", "contacted", "resolved", "callback", "closed"]
    assert len(actions) == 6
    # The list followed: closed, not in the default 未办结 view.
    assert page.ui.complaintsTable.rowCount() == 0
    page.ui.statusCombo.setCurrentText("已办结")
    assert page.ui.complaintsTable.item(0, 9).text() == "已办结"


def test_refused_step_is_explained_in_the_dialog(
    qtbot,
    page: ComplaintsPage,
    ctx: AppContext,
    clerk: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    complaints.open_complaint(ctx, clerk, "柜台", "收费", "多收了钱", "退款")
    page.refresh()
    page.ui.complaintsTable.selectRow(0)
    detail = page.open_selected()
    assert detail is not None
    monkeypatch.setattr(complaints_page, "ask_text", lambda *_args: "  ")
    click(qtbot, detail.ui.contactButton)
    assert "请填写联系情况" in detail.ui.messageLabel.text()
    assert complaint_lists.detail(ctx, NUMBER).status == "open"


def test_overdue_rows_are_red(
    qtbot, page: ComplaintsPage, ctx: AppContext, clerk: UserInfo
) -> None:  # type: ignore[no-untyped-def]
    complaints.open_complaint(ctx, clerk, "柜台", "服务态度", "态度生硬", "")
    on(ctx, date(2026, 10, 8))
    complaints.open_complaint(ctx, clerk, "电话", "停电", "频繁停电", "")
    on(ctx, date(2026, 10, 9))  # the first one was to be contacted by the 8th
    page.refresh()
    table = page.ui.complaintsTable
    assert table.rowCount() == 2
    late = next(r for r in range(2) if table.item(r, 0).text() == NUMBER)
    on_time = 1 - late
    assert table.item(late, 9).text() == "待联系（联系超期）"
    for col in range(table.columnCount()):
        assert table.item(late, col).foreground().color() == OVERDUE.color()
        assert table.item(on_time, col).foreground().color() != OVERDUE.color()
    assert page.ui.summaryLabel.text() == "未办结 2 件，其中超期 1 件"
    page.ui.overdueCheck.setChecked(True)
    assert table.rowCount() == 1 and table.item(0, 0).text() == NUMBER
    # The detail dialog says so too.
    page.ui.complaintsTable.selectRow(0)
    detail = page.open_selected()
    assert detail is not None
    assert "已超期：联系超期" in detail.ui.deadlineLabel.text()
    assert "b00020" in detail.ui.deadlineLabel.styleSheet()


def test_open_without_a_selection_says_what_to_do(qtbot, page: ComplaintsPage) -> None:  # type: ignore[no-untyped-def]
    assert page.open_selected() is None
    assert page.ui.messageLabel.text() == "请先在列表中选择一件投诉"
