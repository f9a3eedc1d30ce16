"""One way to show a refusal: the message line when the screen has one, else a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from counter_app.services.errors import UserError
from counter_app.ui.refusals import REFUSAL_STYLE, refusal_shown


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
