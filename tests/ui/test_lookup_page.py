"""The lookup screen, driven through its real widgets on a small demo store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support import type_text

from counter_app import demo
from counter_app.services import auth
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Application, ApplicationStep, Customer
from counter_app.ui.lookup_page import RED, LookupPage
from counter_app.ui.page_contract import PageKit

NOW = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)  # Friday 15:00 in the hall


@pytest.fixture
def page(qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo):  # type: ignore[no-untyped-def]
    ctx.clock = lambda: NOW
    demo.fill_demo(ctx, customers=50, visits=200, days=20, seed=5)
    widget = LookupPage(PageKit(ctx, clerk))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def search(qtbot, page: LookupPage, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = page.ui.searchEdit
    edit.clear()
    type_text(qtbot, edit, text)
    assert edit.text() == text
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def table_rows(page: LookupPage) -> list[list[str]]:
    t = page.ui.resultsTable
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def secrets_of(ctx: AppContext) -> list[str]:
    """Whole names (3+ characters), IDs and mobiles of every customer: never on screen."""
    staff = {u.display_name for u in auth.list_users(ctx)}
    with ctx.read() as s:
        rows = s.execute(select(Customer.name, Customer.cert_no, Customer.mobile)).all()
    out = []
    for name, cert, mobile in rows:
        out += [cert, mobile]
        if len(name) >= 3 and name not in staff:
            out.append(name)
    return out


def assert_nothing_unmasked(page: LookupPage, secrets: list[str]) -> None:
    shown = "\n".join("\t".join(r) for r in table_rows(page))
    shown += page.ui.detailView.toHtml() + page.ui.detailView.toPlainText()
    leaked = [s for s in secrets if s in shown]
    assert not leaked, leaked


def masked(name: str) -> str:
    return name[0] + "*" * (len(name) - 1)


def check_found(qtbot, page: LookupPage, text: str, customer: Customer, matched: str) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, page, text)
    rows = table_rows(page)
    assert rows, f"nothing found for {text}"
    mine = [r for r in rows if r[0] == masked(customer.name) and r[5].startswith(matched)]
    assert mine, rows
    # The first line is chosen and shown at once.
    assert page.ui.resultsTable.currentRow() == 0
    assert masked(customer.name) in page.ui.detailView.toPlainText() or len(rows) > 1
    assert_nothing_unmasked(page, secrets_of(page.ctx))


def customers(ctx: AppContext) -> list[Customer]:
    with ctx.read() as s:
        return list(s.scalars(select(Customer).order_by(Customer.id)))


def test_every_kind_of_key(qtbot, page: LookupPage) -> None:  # type: ignore[no-untyped-def]
    ctx = page.ctx
    everyone = customers(ctx)
    by_id = {c.id: c for c in everyone}
    with ctx.read() as s:
        app = s.scalars(select(Application).order_by(Application.id.desc())).first()
        account = s.scalars(select(Account).order_by(Account.id).offset(3)).first()
    assert app is not None and account is not None
    person = next(c for c in everyone if c.kind == "person" and len(c.name) == 3)
    company = next(c for c in everyone if c.kind == "company")

    check_found(qtbot, page, app.application_no, by_id[app.customer_id], "受理编号")
    assert app.application_no in page.ui.detailView.toPlainText()
    check_found(qtbot, page, account.account_no, by_id[account.customer_id], "户号")
    assert account.address in page.ui.detailView.toPlainText()
    check_found(qtbot, page, person.cert_no.lower(), person, "证件号码")
    check_found(qtbot, page, company.cert_no, company, "证件号码")
    assert "单位" in table_rows(page)[0][1]
    check_found(qtbot, page, person.mobile, person, "手机")
    check_found(qtbot, page, person.name, person, "姓名")
    check_found(qtbot, page, person.name[:2], person, "姓名")
    fragment = account.address[:5]
    check_found(qtbot, page, fragment, by_id[account.customer_id], "地址")
    assert all(fragment in r[6] for r in table_rows(page) if r[5].startswith("地址"))


def test_choosing_a_line_shows_that_customer(qtbot, page: LookupPage) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, page, "王")
    rows = table_rows(page)
    assert len(rows) >= 2 and all(r[0].startswith("王") for r in rows)
    table = page.ui.resultsTable
    second = table.visualItemRect(table.item(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert table.currentRow() == 1
    html = page.ui.detailView.toPlainText()
    assert rows[1][2] in html  # the second customer's masked certificate number
    assert_nothing_unmasked(page, secrets_of(page.ctx))


def test_timeline_shows_done_pending_and_overdue(qtbot, page: LookupPage) -> None:  # type: ignore[no-untyped-def]
    ctx = page.ctx
    with ctx.read() as s:
        running = s.scalars(
            select(Application)
            .join(ApplicationStep, ApplicationStep.application_id == Application.id)
            .where(Application.status == "in_progress", ApplicationStep.completed_at.is_(None))
            .order_by(Application.id)
        ).first()
    assert running is not None, "the demo should hold an application in progress"
    # Sixty days on, whichever the demo's draw left running is past its steps' dates
    # (whether a seed leaves one overdue today shifts with the catalogue it draws from).
    ctx.clock = lambda: NOW + timedelta(days=60)
    overdue = running
    search(qtbot, page, overdue.application_no)
    text = page.ui.detailView.toPlainText()
    assert "已超期" in text and "完成于" in text and "应于" in text
    assert RED.lstrip("#") in page.ui.detailView.toHtml().lower()
    assert "办电环节" in text and "来访记录" in text and "用电户" in text
    assert_nothing_unmasked(page, secrets_of(ctx))


def test_nothing_found_and_empty_box(qtbot, page: LookupPage) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, page, "不存在的客户")
    assert page.ui.resultsTable.rowCount() == 0
    assert "没有找到" in page.ui.messageLabel.text()
    assert page.ui.detailView.toPlainText() == ""
    search(qtbot, page, "没")
    assert "至少输入3个字" in page.ui.messageLabel.text()
    page.ui.searchEdit.clear()
    qtbot.mouseClick(page.ui.searchButton, Qt.MouseButton.LeftButton)
    assert "请输入" in page.ui.messageLabel.text()
    assert page.ui.resultsTable.rowCount() == 0
