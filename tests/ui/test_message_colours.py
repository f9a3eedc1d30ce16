"""Success is green or neutral, refusals red: a message line is written only through
ui/refusals.py (show_refusal, say_done, say_info), which sets the colour each time."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QLabel

from counter_app.ui.main_window import MainWindow
from counter_app.ui.refusals import show_refusal

UI = Path(__file__).resolve().parents[2] / "counter_app" / "ui"
# Lines that only ever show refusals (red by the style sheet, never a success).
REFUSALS_ONLY = {"login_dialog.py", "settings_dialog.py"}


def _direct_writes(source: str) -> list[int]:
    """Lines calling ``….messageLabel.setText(x)`` with x other than an empty text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setText"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "messageLabel"
            and not (
                node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == ""
            )
        ):
            found.append(node.lineno)
    return found


def test_the_guard_sees_a_direct_write() -> None:
    assert _direct_writes("self.ui.messageLabel.setText(self.tr('已保存'))") == [1]
    assert _direct_writes("self.ui.messageLabel.setText('')") == []


def test_no_message_line_is_written_past_its_colour() -> None:
    offenders = {
        path.name: lines
        for path in sorted(UI.glob("*.py"))
        if path.name not in REFUSALS_ONLY
        and (lines := _direct_writes(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def _colour(label: QLabel) -> str:
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


def test_the_dashboard_notes_are_not_red_after_a_refusal(  # type: ignore[no-untyped-def]
    qtbot, app_look, ctx, hall, supervisor, settings, tmp_path: Path
) -> None:
    window = MainWindow(ctx, hall[0], supervisor, settings, tmp_path / "printouts")
    qtbot.addWidget(window)
    window.show()
    window.show_area(window.dashboard)
    line = window.dashboard.ui.messageLabel
    show_refusal(window, "统计周期不正确", line=line)
    assert _colour(line) == "#b00020"
    window.dashboard.refresh()  # figures and their notes: information
    assert _colour(line) != "#b00020"
