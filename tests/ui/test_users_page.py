"""Administration: an administrator corrects a user's name and the hall's details."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from sqlalchemy import select

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Hall, User
from counter_app.ui import users_page
from counter_app.ui.page_contract import PageKit
from counter_app.ui.users_page import HallDialog, UsersPage


def test_an_administrator_corrects_a_users_name(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    page = UsersPage(PageKit(ctx, hall[1]))
    qtbot.addWidget(page)
    row = next(i for i, u in enumerate(page.users) if u.id == clerk.id)
    page.ui.usersTable.selectRow(row)
    monkeypatch.setattr(users_page, "ask_text", lambda *_a: "张营业员")
    qtbot.mouseClick(page.ui.renameButton, Qt.MouseButton.LeftButton)
    with ctx.read() as s:
        assert s.get_one(User, clerk.id).display_name == "张营业员"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "user.rename")).one()
    assert entry.detail == {"old": "张营业", "new": "张营业员"}
    assert page.ui.usersTable.item(row, 1).text() == "张营业员"


def test_a_ten_thousand_character_name_is_refused_on_screen(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    page = UsersPage(PageKit(ctx, hall[1]))
    qtbot.addWidget(page)
    page.ui.usersTable.selectRow(next(i for i, u in enumerate(page.users) if u.id == clerk.id))
    warned: list[str] = []
    monkeypatch.setattr(users_page, "ask_text", lambda *_a: "张" * 10_000)
    monkeypatch.setattr(users_page.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    qtbot.mouseClick(page.ui.renameButton, Qt.MouseButton.LeftButton)
    assert warned and "姓名最多40个字" in warned[0]
    with ctx.read() as s:
        assert s.get_one(User, clerk.id).display_name == "张营业"


def test_an_administrator_corrects_the_halls_details(
    qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:  # type: ignore[no-untyped-def]
    dialog = HallDialog(ctx, hall[1])
    qtbot.addWidget(dialog)
    assert dialog.ui.codeValue.text() == "330101"
    dialog.ui.phoneEdit.setText("0571-87654321")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    with ctx.read() as s:
        stored = s.scalars(select(Hall)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "hall.update")).one()
    assert (stored.code, stored.phone) == ("330101", "0571-87654321")
    assert entry.detail["old"]["phone"] == "0571-12345678"
    assert entry.detail["new"]["phone"] == "0571-87654321"


def test_a_clerk_cannot_rename_anyone(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo
) -> None:
    from counter_app.services import auth
    from counter_app.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        auth.rename_user(ctx, clerk, clerk.id, "自己改名")
    with pytest.raises(PermissionDenied):
        auth.update_hall(ctx, clerk, name="x", address="", phone="")


def test_the_administrator_sees_the_values_hq_must_confirm(
    qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:  # type: ignore[no-untyped-def]
    page = UsersPage(PageKit(ctx, hall[1]))
    qtbot.addWidget(page)
    page.show()
    assert "待总部确认的规则取值：业务 — 取值 — 当前值" in page.unconfirmedLabel.text()
    shown = [page.unconfirmedList.item(i).text() for i in range(page.unconfirmedList.count())]
    # The high-voltage split (8/5/3/3/3, 17/6/3/3/3) has no source: listed, with its values.
    assert "高压新装（单电源） — 环节“供电方案答复”的时限（工作日） — 8" in shown
    assert "高压新装（双电源） — 环节“供电方案答复”的时限（工作日） — 17" in shown
    assert "迁址 — 规则：提前申请天数 — 5" in shown
    marked = sum(len(d.to_confirm) for d in ctx.workflows.values())
    assert len(shown) == marked > 10
    assert page.unconfirmedList.isVisible()
    assert page.unconfirmedList.editTriggers() == page.unconfirmedList.EditTrigger.NoEditTriggers


def test_the_list_of_values_to_confirm_in_english(
    qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2]
    qm = tmp_path / "en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    sources = [str(p) for p in sorted((root / "translations").glob("*_en.ts"))]
    subprocess.run([str(lrelease), *sources, "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        page = UsersPage(PageKit(ctx, hall[1]))
        qtbot.addWidget(page)
        shown = [page.unconfirmedList.item(i).text() for i in range(page.unconfirmedList.count())]
        label = page.unconfirmedLabel.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert label.startswith("Rule values awaiting HQ's confirmation")
    assert "Change of address — Rule: Days of notice — 5" in shown
    assert not [line for line in shown if re.search(r"[\u4e00-\u9fff]", line)]
