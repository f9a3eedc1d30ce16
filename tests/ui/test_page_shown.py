"""A page shows what the store has now when the navigation shows it (no 刷新 needed), and
Help → 使用手册 shows the manual inside the program with its pictures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication

from counter_app.services import complaints
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.main_window import MainWindow
from counter_app.ui.manual_dialog import ManualDialog
from counter_app.ui.page_registry import PAGES


def test_a_complaint_taken_meanwhile_is_listed_when_the_page_shows(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, clerk: UserInfo
) -> None:
    window.show_area(window.complaints)
    assert window.complaints.ui.complaintsTable.rowCount() == 0
    window.show_area(window.today)
    taken = complaints.open_complaint(
        ctx,
        clerk,
        "柜台",
        "办电时限",
        "申请低压居民新装，承诺5个工作日装表，至今未装。",
        "尽快装表接电。",
        contact_name="王小明",
        contact_phone="13812341234",
    )
    window.show_area(window.complaints)  # no 刷新 pressed
    table = window.complaints.ui.complaintsTable
    assert table.rowCount() == 1 and table.item(0, 0).text() == taken.complaint_no


def test_the_payment_being_keyed_is_not_reloaded_on_show(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    # Reloading the account would untick the months and empty the cash keyed so far.
    assert {e.attr for e in PAGES if not e.refresh_on_show} == {"payment", "lookup"}
    refreshed: list[str] = []
    window.payment.refresh = lambda: refreshed.append("payment")  # type: ignore[method-assign]
    window.today.refresh = lambda: refreshed.append("today")  # type: ignore[method-assign]
    window.show_area(window.payment)
    window.show_area(window.today)
    assert refreshed == ["today"]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no stacking
def test_help_opens_the_manual_with_its_pictures(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "manualAction")
    assert action is not None and action in window.ui.helpMenu.actions()
    assert action.shortcut().toString() == "Shift+F1"
    action.trigger()
    dialog = window.findChild(ManualDialog)
    assert dialog is not None and dialog.isVisible()
    doc = dialog.browser.document()
    assert doc.toPlainText().startswith("柜台助手 使用手册")
    names = []
    block = doc.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in _fragments(block)):
            if fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
        block = block.next()
    assert names and names[0].startswith("images/")
    picture = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(names[0]))
    assert picture is not None and not picture.isNull()
    # Ctrl+F's search finds a chapter; a contents link jumps to its heading.
    dialog.find_edit.setText("日结")
    assert dialog.find_next() and dialog.browser.textCursor().selectedText() == "日结"
    dialog.follow(QUrl("#7-日结"))
    assert dialog.browser.textCursor().selectedText() == "7. 日结"
    # Asked again, the same window comes forward.
    action.trigger()
    assert len(window.findChildren(ManualDialog)) == 1
    dialog.close()
    QApplication.processEvents()


def _fragments(block):  # type: ignore[no-untyped-def]
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1
