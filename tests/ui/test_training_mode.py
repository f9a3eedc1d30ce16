"""Training mode end to end: login ticked, the training store, 培训 on paper, scores."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select
from support import PASSWORD, pdf_text, type_text

from counter_app import datadir
from counter_app.services import payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import TrainingResult, Visit
from counter_app.ui import app as app_module
from counter_app.ui import refusals, training_mode
from counter_app.ui.main_window import MainWindow
from counter_app.ui.rating_window import RatingWindow
from counter_app.ui.settings import Settings

pytestmark = pytest.mark.sqlite_only(reason="the training store is a SQLite file")


@pytest.fixture
def startup(
    qtbot,
    app_look,
    ctx: AppContext,
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[app_module.Startup]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(datadir, "data_dir", lambda: tmp_path / "data")
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(app_module.Startup, "after_login", lambda self: None)
    start = app_module.Startup(ctx.database, settings)
    qtbot.addWidget(start.login)
    start.open_store()
    yield start
    if start.window is not None:
        start.window.close()
        start.window.ctx.close()
    if start.ctx is not None:
        start.ctx.close()


def sign_in_for_training(qtbot, start: app_module.Startup) -> MainWindow:  # type: ignore[no-untyped-def]
    login = start.login
    type_text(qtbot, login.ui.usernameEdit, "zhang")
    type_text(qtbot, login.ui.passwordEdit, PASSWORD)
    login.ui.trainingCheck.setChecked(True)
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
    # The training store is made off the UI thread (ui/jobs.py): the window follows.
    qtbot.waitUntil(lambda: start.window is not None, timeout=60_000)
    assert start.window is not None
    qtbot.addWidget(start.window)
    return start.window


def test_training_login_opens_the_window_on_the_training_store_with_the_banner(
    qtbot, startup: app_module.Startup, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = sign_in_for_training(qtbot, startup)
    assert window.ctx.training and not startup.ctx.training  # type: ignore[union-attr]
    assert Path(window.ctx.database) == tmp_path / "data" / "training" / "training.db"
    assert Path(window.ctx.database) != Path(ctx.database)
    banner = window.findChild(QLabel, "trainingBanner")
    assert banner is not None and banner.isVisible() and "培训模式" in banner.text()
    assert window.windowTitle().startswith("【培训】")
    assert not window.ui.exportAction.isEnabled() and not window.ui.backupAction.isEnabled()
    assert "training.db" in window.status.toolTip()

    with window.ctx.read() as s:  # the customer's rating window says it too
        visit_id = s.scalar(select(Visit.id).limit(1))
    rating = RatingWindow(window.ctx, visit_id)
    qtbot.addWidget(rating)
    rating.show()
    assert rating.windowTitle().startswith("【培训】")
    assert rating.findChild(QLabel, "trainingBanner") is not None


def test_a_training_receipt_and_slip_carry_the_mark(
    qtbot, startup: app_module.Startup, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window = sign_in_for_training(qtbot, startup)
    window.show_pdf = shown_pdfs.append  # type: ignore[method-assign]
    request = payments.PaymentRequest(
        "9900000000032", Decimal("357.50"), method="cash", tendered=Decimal("400")
    )
    paid = payments.take_payment(window.ctx, window.user, "1", request)
    window.print_receipt(paid.receipt_no)
    window.print_test_page()
    assert len(shown_pdfs) == 2
    for pdf in shown_pdfs:
        assert pdf.parent == datadir.data_dir() / "training" / "printouts"
        assert "培训" in pdf_text(pdf)


def test_finishing_an_exercise_keeps_the_score_in_the_real_store_for_the_supervisor(
    qtbot,
    startup: app_module.Startup,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    settings: Settings,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    window = sign_in_for_training(qtbot, startup)
    page = window.training_page  # type: ignore[attr-defined]
    window.show_area(page)
    codes = [e.code for e in page.exercises]
    page.list.setCurrentRow(codes.index("arrears-cash-change"))
    assert "王秀英" in page.story.toPlainText()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    request = payments.PaymentRequest(
        "9900000000032", Decimal("357.50"), method="cash", tendered=Decimal("400")
    )
    payments.take_payment(window.ctx, window.user, "1", request)
    right = page.answer_buttons[0][0]  # 居民用户按欠费金额每日千分之一……
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert right.isChecked()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert "120 / 120" in page.score_label.text()
    assert page.checks.rowCount() == 8
    assert page.checks.item(7, 1).text().startswith("问答：王阿姨问违约金")
    with ctx.read() as s:  # the REAL store
        rows = list(s.scalars(select(TrainingResult)))
    assert [(r.exercise_code, r.score, r.passed) for r in rows] == [
        ("arrears-cash-change", 120, True)
    ]

    boss = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "printouts")
    qtbot.addWidget(boss)
    assert not boss.findChild(QLabel, "trainingBanner")
    boss.show_area(boss.training_scores)
    table = boss.training_scores.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[:6] == ["张营业（1001）", "交清欠费：含违约金的现金缴费与找零", "1", "120 / 120",
                         "120 / 120", "是"]  # fmt: skip


def test_a_refusal_is_passed_by_answering_its_question_from_the_keyboard(
    qtbot, startup: app_module.Startup, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = sign_in_for_training(qtbot, startup)
    page = window.training_page  # type: ignore[attr-defined]
    window.show_area(page)
    title = page.findChild(QLabel, "titleLabel")
    assert title is not None and title.text() == "培训练习"
    page.list.setCurrentRow([e.code for e in page.exercises].index("suspension-too-short"))
    assert page.questions_box.isVisible() and not page.questions_box.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.questions_box.isEnabled()
    buttons = page.answer_buttons[0]
    assert [b.text() for b in buttons][1] == "暂停须提前5天申请且每次不少于15天"

    # Finishing unanswered asks first; saying no keeps the exercise going.
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_unanswered", lambda n: asked.append(n) or False)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert asked == [1] and page.finish_button.isEnabled()
    with ctx.read() as s:
        assert s.scalars(select(TrainingResult)).first() is None

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(buttons[0].isVisible)  # a layout shows new children on the next loop turn
    page.story.setFocus()
    qtbot.keyClick(page.story, Qt.Key.Key_Tab)  # from the story, Tab goes to the question
    assert QApplication.focusWidget() is buttons[0]
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)  # picks the first choice
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)  # arrows move the pick within the question
    assert buttons[1].isChecked() and not buttons[0].isChecked()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert asked == [1]  # all answered: no question asked
    assert "100 / 100" in page.score_label.text() and "通过" in page.score_label.text()
    assert not page.questions_box.isEnabled() and buttons[1].isChecked()
    with ctx.read() as s:  # the REAL store
        (row,) = s.scalars(select(TrainingResult))
    assert (row.exercise_code, row.score, row.max_score, row.passed) == (
        "suspension-too-short",
        100,
        100,
        True,
    )
    assert row.details["answers"] == [
        {
            "question": "客户的暂停申请为什么不能受理？",
            "answer": "暂停须提前5天申请且每次不少于15天",
            "chosen": "暂停须提前5天申请且每次不少于15天",
            "points": 80,
            "passed": True,
        }
    ]


def test_a_refusal_finished_without_an_answer_fails(
    qtbot, startup: app_module.Startup, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = sign_in_for_training(qtbot, startup)
    page = window.training_page  # type: ignore[attr-defined]
    window.show_area(page)
    page.list.setCurrentRow([e.code for e in page.exercises].index("suspension-too-short"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(page, "confirm_unanswered", lambda n: True)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert "20 / 100" in page.score_label.text() and "未通过" in page.score_label.text()
    assert page.checks.item(1, 3).text() == "（未作答）"
    with ctx.read() as s:
        (row,) = s.scalars(select(TrainingResult))
    assert (row.score, row.passed, row.details["answers"][0]["chosen"]) == (20, False, "")


def test_a_wrong_store_path_is_refused_with_a_message(
    qtbot, startup: app_module.Startup, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(training_mode, "training_store_path", lambda: Path(startup.db))
    # A refusal, shown the one way (ui/refusals.py) once the job has ended.
    monkeypatch.setattr(
        refusals.QMessageBox, "warning", lambda _p, title, text: shown.append((title, text))
    )
    login = startup.login
    type_text(qtbot, login.ui.usernameEdit, "zhang")
    type_text(qtbot, login.ui.passwordEdit, PASSWORD)
    login.ui.trainingCheck.setChecked(True)
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert startup.window is None
    assert shown[0][0] == "培训模式无法启动" and "不能与正式数据库" in shown[0][1]
    assert login.isVisible()  # back at the login
