"""One way to show a refusal: the message line when the screen has one, else a dialog."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import select
from support import add_owing_account, type_text

from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Payment, Ticket
from counter_app.ui.main_window import MainWindow
from counter_app.ui.refusals import (
    DONE_STYLE,
    INFO_STYLE,
    REFUSAL_STYLE,
    refusal_html,
    refusal_shown,
    say_done,
    say_info,
    show_refusal,
)

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday, 10:00 hall time
ACCOUNT = "330101000777"


def test_a_refusal_goes_to_the_line_and_the_block_stops_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = QLabel()
    qtbot.addWidget(line)
    reached: list[str] = []
    refreshed: list[bool] = []
    with refusal_shown(None, line=line, after=lambda: refreshed.append(True)) as refused:
        raise UserError("户号{number}不存在", number="0101")
        reached.append("after the raise")  # not reached: the raise ends the block
    assert refused and refused.error is not None
    assert line.text() == "户号0101不存在" == refused.text
    assert line.styleSheet() == REFUSAL_STYLE
    assert reached == [] and refreshed == [True]


def test_a_refusal_without_a_line_is_a_warning_titled_with_what_was_not_done(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[tuple[object, str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text: warned.append((p, t, text)))
    with refusal_shown(parent, "备份未完成") as refused:
        raise UserError("备份文件夹不存在")
    assert refused
    assert warned == [(parent, "备份未完成", "备份文件夹不存在")]


def test_no_refusal_leaves_the_outcome_false_and_other_errors_go_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    with refusal_shown(None, "x") as refused:
        value = 1 + 1
    assert not refused and value == 2
    with pytest.raises(OSError), refusal_shown(None, "x"):
        raise OSError("disk")


def test_a_text_the_screen_worded_goes_the_same_way_framed(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = QLabel()
    qtbot.addWidget(line)
    show_refusal(None, "disk full", line=line, frame="回执未能生成：{0}")
    assert line.text() == "回执未能生成：disk full"
    assert line.styleSheet() == REFUSAL_STYLE
    with refusal_shown(None, line=line, frame="未导出：{0}") as refused:
        raise UserError("户号{number}不存在", number="0101")
    assert refused.text == "户号0101不存在"  # the error's own text; the frame is the line's
    assert line.text() == "未导出：户号0101不存在"


def test_a_place_of_the_screens_own_gets_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    with refusal_shown(None, "not this title", show_in=shown.append) as refused:
        raise UserError("公告数据文件有误")
    assert refused and shown == ["公告数据文件有误"]
    assert refusal_html("a<b") == f"<p style='{REFUSAL_STYLE}'>a&lt;b</p>"


def test_done_and_info_replace_the_refusal_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = QLabel()
    qtbot.addWidget(line)
    show_refusal(None, UserError("不能修改"), line=line)
    say_done(line, "已保存")
    assert (line.text(), line.styleSheet()) == ("已保存", DONE_STYLE)
    show_refusal(None, UserError("不能修改"), line=line)
    say_info(line, "找到 3 位客户")
    assert (line.text(), line.styleSheet()) == ("找到 3 位客户", INFO_STYLE)


def _shown_colour(label: QLabel) -> str:
    """The colour the label's text is painted in, style sheets applied (the app's too)."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


def test_a_payment_after_a_refusal_on_the_same_line_is_not_red(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: the payment page's message line is red by the hall's style sheet; the
    收费 done after an unknown account must not read as a refusal."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, [("202610", "98.60", date(2026, 11, 4))])
    window.show_area(window.payment)
    page = window.payment
    line = page.ui.messageLabel
    type_text(qtbot, page.ui.accountEdit, "330101999999")
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    assert "330101999999" in line.text()
    assert _shown_colour(line) == "#b00020"  # the refusal: red
    page.ui.accountEdit.clear()
    type_text(qtbot, page.ui.accountEdit, ACCOUNT)
    qtbot.keyClick(page.ui.accountEdit, Qt.Key.Key_Return)
    type_text(qtbot, page.ui.tenderedEdit, "200")
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    with ctx.read() as s:
        receipt_no = s.scalars(select(Payment.receipt_no)).one()
    assert receipt_no in line.text() and "已收费" in line.text()
    assert _shown_colour(line) == "#0b6b3a"  # done: green, not the refusal's red
    assert shown_pdfs  # the receipt went to the preview as usual


def test_a_refused_recall_is_not_covered_by_the_recall_text(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """The queue said 再次呼叫 even when the service refused the recall; now the refusal
    stays on the line, and the next call's news is not left red."""
    ctx.clock = lambda: NOW
    page = window.queue
    window.show_area(page)
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.callNextButton, Qt.MouseButton.LeftButton)
    ticket_no = page.visit.ticket_no
    with ctx.write() as s:  # another counter marked it 过号 meanwhile
        s.scalars(select(Ticket).where(Ticket.ticket_no == ticket_no)).one().status = "no_show"
    qtbot.mouseClick(page.ui.recallButton, Qt.MouseButton.LeftButton)
    line = page.ui.messageLabel
    assert "不能重呼" in line.text() and "再次呼叫" not in line.text()
    assert _shown_colour(line) == "#b00020"
    with ctx.read() as s:
        assert s.scalars(select(Ticket.recalls).where(Ticket.ticket_no == ticket_no)).one() == 0
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    assert "已取号" in line.text() and _shown_colour(line) == "#0b6b3a"


# Catches that hand the error on to show_refusal themselves (a UserError and a disk error
# said alike): the one way still, through refusals.py.
ALLOWED_ELSEWHERE: dict[str, set[str] | None] = {"page_contract.py": {"print_and_show"}}
UI = Path(__file__).resolve().parents[2] / "counter_app" / "ui"


def _catches_user_error(handler: ast.ExceptHandler) -> bool:
    caught = handler.type
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return any(
        (isinstance(n, ast.Name) and n.id == "UserError")
        or (isinstance(n, ast.Attribute) and n.attr == "UserError")
        for n in names
    )


def _user_error_catches(source: str) -> list[tuple[str, int]]:
    """(enclosing function, line) of every `except UserError` / `except (UserError, ...)`."""
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = child.name
            if isinstance(child, ast.ExceptHandler) and _catches_user_error(child):
                found.append((inner, child.lineno))
            visit(child, inner)

    visit(ast.parse(source), "")
    return found


def test_the_guard_sees_a_hand_written_refusal() -> None:
    source = (
        "def save(self):\n"
        "    try:\n        go()\n    except UserError as exc:\n        show(exc)\n"
        "def load(self):\n"
        "    try:\n        go()\n    except (errors.UserError, OSError):\n        pass\n"
        "    try:\n        go()\n    except OSError:\n        pass\n"
    )
    assert _user_error_catches(source) == [("save", 4), ("load", 9)]


def test_no_screen_catches_user_error_by_hand() -> None:
    """Every refusal on screen goes through refusals.py (issue 14): a hand-written
    `except UserError` outside it is a second way to show one."""
    stray = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "refusals.py":
            continue
        allowed = ALLOWED_ELSEWHERE.get(path.name, set())
        for function, lineno in _user_error_catches(path.read_text(encoding="utf-8")):
            if allowed is None or function in allowed:
                continue
            stray.append(f"{path.name}:{lineno} in {function or 'module'}")
    assert stray == [], "use refusal_shown/show_refusal from counter_app/ui/refusals.py"
