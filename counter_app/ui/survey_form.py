"""A questionnaire (resources/surveys/*.toml) as a form: one row per question, built from
the data, read back as the texts the service checks (domain/surveys.read_answer).

choice → a combo box (a blank first line: not answered yet), scale → five buttons 1–5,
yes/no → two radio buttons, text → a line. Nothing is chosen at first, so an answer the
visitor did not give is never stored as one they did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from counter_app.domain.surveys import Question, Survey
from counter_app.ui.i18n import tr_data

SCALE_STYLE = "QPushButton:checked { background:#0b5394; color:white; font-weight:bold; }"


def _buttons(
    parent: QWidget, options: tuple[str, ...], make: Callable[[str], QAbstractButton]
) -> tuple[QWidget, QButtonGroup]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(row)
    group.setExclusive(True)
    for option in options:
        button = make(option)
        button.setParent(row)
        button.setCheckable(True)
        button.setProperty("answer", option)  # the stored value (Chinese), whatever is shown
        group.addButton(button)
        layout.addWidget(button)
    layout.addStretch(1)
    return row, group


class SurveyForm:
    """The questions of one survey in a QFormLayout; ``answers()`` reads them back."""

    def __init__(self, survey: Survey, layout: QFormLayout, parent: QWidget) -> None:
        self.survey = survey
        self.readers: dict[str, Callable[[], str]] = {}
        self.inputs: dict[str, QWidget] = {}  # the question's widget: tests and focus
        self.groups: dict[str, QButtonGroup] = {}  # a scale's or a yes/no's buttons
        for n, question in enumerate(survey.questions, 1):
            label = QLabel(
                QCoreApplication.translate("SurveyForm", "{0}. {1}").format(
                    n, tr_data(question.text)
                ),
                parent,
            )
            label.setWordWrap(True)
            widget, read = self._input(question, parent)
            label.setBuddy(widget)
            layout.addRow(label, widget)
            self.readers[question.code] = read
            self.inputs[question.code] = widget

    def _input(self, q: Question, parent: QWidget) -> tuple[QWidget, Callable[[], str]]:
        if q.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("SurveyForm", "（请选择）"), "")
            for option in q.options:
                combo.addItem(tr_data(option), option)
            return combo, lambda: str(combo.currentData() or "")
        if q.kind in ("scale", "yes_no"):
            if q.kind == "scale":
                row, group = _buttons(parent, q.options, QPushButton)
                for button in group.buttons():
                    button.setText(str(button.property("answer")))
                    button.setMinimumWidth(40)
                # The score chosen stands out, not only a shade darker.
                row.setStyleSheet(SCALE_STYLE)
            else:
                row, group = _buttons(parent, q.options, lambda o: QRadioButton(tr_data(o)))

            def read() -> str:
                checked = group.checkedButton()
                return str(checked.property("answer")) if checked is not None else ""

            self.groups[q.code] = group
            return row, read
        line = QLineEdit(parent)
        line.setPlaceholderText(QCoreApplication.translate("SurveyForm", "可不填"))
        return line, line.text

    def answers(self) -> dict[str, str]:
        """Every question's answer as its text ("" when not answered)."""
        return {code: read() for code, read in self.readers.items()}

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(enabled)

    def choose(self, code: str, value: str) -> None:
        """Set one answer as the visitor would (tests, the screenshots)."""
        widget = self.inputs[code]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            for button in self.groups[code].buttons():
                if button.property("answer") == value:
                    button.click()
