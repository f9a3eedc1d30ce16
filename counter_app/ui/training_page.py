"""培训练习: the trainee picks an exercise, reads the story, does it, answers its
questions (radio buttons under the story), and is scored."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.exercises import Exercise
from counter_app.services import training
from counter_app.services.context import AppContext
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table
from counter_app.ui.refusals import refusal_shown


class TrainingPage(Page):
    """Works on the training store (``kit.ctx``); results go into the real one (``real``)."""

    def __init__(
        self,
        kit: PageKit,
        real: AppContext,
        exercises: list[Exercise],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kit, parent)
        self.real, self.exercises = real, exercises
        self.current: Exercise | None = None
        self.started_at: datetime | None = None
        self.outcome: training.Outcome | None = None
        # One group of radio buttons per question of the exercise shown, in order.
        self.answer_groups: list[QButtonGroup] = []
        self.answer_buttons: list[list[QRadioButton]] = []

        title = QLabel(self.tr("培训练习"))
        title.setObjectName("titleLabel")
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.addItems([tr_data(e.title) for e in exercises])
        self.list.setFixedWidth(330)
        self.list.setWordWrap(True)
        self.story = QTextBrowser()
        self.story.setObjectName("exerciseStory")
        self.story.setMaximumHeight(120)  # a story is a few lines; the scores need the room
        self.questions_box = QGroupBox(self.tr("问题（完成练习时一并评分）"))
        self.questions_box.setObjectName("questionsBox")
        QVBoxLayout(self.questions_box)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始练习"))
        self.finish_button = QPushButton(self.tr("完成练习"))
        self.finish_button.setEnabled(False)
        self.checks = QTableWidget()
        self.checks.setObjectName("checksTable")
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setStyleSheet("font-size:14pt; font-weight:bold;")

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("客户情景")))
        right.addWidget(self.story, 1)
        right.addWidget(self.questions_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.finish_button)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        # The score table spans the page: its answers are sentences.
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body)
        layout.addWidget(self.score_label)
        layout.addWidget(self.checks, 1)

        self.list.currentRowChanged.connect(self.show_exercise)
        self.start_button.clicked.connect(self.start)
        self.finish_button.clicked.connect(self.finish)
        if exercises:
            self.list.setCurrentRow(0)

    def show_exercise(self, row: int) -> None:
        if row < 0:
            return
        ex = self.exercises[row]
        self.story.setPlainText(tr_data(ex.story))
        self.start_button.setEnabled(self.current is None)
        if self.current is None:
            self.show_questions(ex, enabled=False)
            self.state.setText(
                self.tr(
                    "满分 {0} 分，{1} 分及格。阅读情景后点击“开始练习”，再到相应页面办理。"
                ).format(ex.max_score, ex.pass_mark)
            )

    def show_questions(self, ex: Exercise, enabled: bool) -> None:
        """The exercise's questions as radio buttons, none picked; answerable once started."""
        box_layout = self.questions_box.layout()
        while (item := box_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.answer_groups, self.answer_buttons = [], []
        for number, question in enumerate(ex.questions, 1):
            label = QLabel(
                self.tr("{0}. {1}（{2} 分）").format(
                    number, tr_data(question.text), question.points
                )
            )
            label.setWordWrap(True)
            box_layout.addWidget(label)
            # Each question's buttons share a parent so arrow keys move within it.
            choices = QWidget()
            choices_layout = QVBoxLayout(choices)
            choices_layout.setContentsMargins(16, 0, 0, 4)
            group = QButtonGroup(choices)
            buttons = []
            for i, choice in enumerate(question.choices):
                button = QRadioButton(tr_data(choice))
                button.setObjectName(f"answer{number}_{i + 1}")
                group.addButton(button, i)
                choices_layout.addWidget(button)
                buttons.append(button)
            box_layout.addWidget(choices)
            self.answer_groups.append(group)
            self.answer_buttons.append(buttons)
        # Tab follows the screen: story, the questions, then the buttons.
        chain = [self.list, self.story, *[b for bs in self.answer_buttons for b in bs]]
        chain += [self.start_button, self.finish_button, self.checks]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.questions_box.setVisible(bool(ex.questions))
        self.questions_box.setEnabled(enabled)

    def answers(self) -> list[str | None]:
        """The choice picked for each question of the current exercise (None: unanswered)."""
        if self.current is None:
            return []
        return [
            question.choices[group.checkedId()] if group.checkedId() >= 0 else None
            for question, group in zip(self.current.questions, self.answer_groups, strict=True)
        ]

    def confirm_unanswered(self, count: int) -> bool:
        """Whether to finish with ``count`` questions unanswered; tests replace this."""
        reply = QMessageBox.question(
            self,
            self.tr("还有问题未作答"),
            self.tr("还有 {0} 个问题未作答，未作答的问题不得分。仍要完成练习吗？").format(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return reply == QMessageBox.StandardButton.Yes

    def mark_answers(self, outcome: training.Outcome) -> None:
        """Beside the choices: ✓ on the right one, ✗ on a wrong pick."""
        for question, buttons, result in zip(
            outcome.exercise.questions, self.answer_buttons, outcome.answers, strict=True
        ):
            for choice, button in zip(question.choices, buttons, strict=True):
                if choice == question.answer:
                    button.setText(self.tr("{0}　✓ 正确答案").format(tr_data(choice)))
                elif choice == result.chosen:
                    button.setText(self.tr("{0}　✗ 所选答案").format(tr_data(choice)))

    def start(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.current = self.exercises[row]
        self.started_at = self.ctx.clock()
        self.outcome = None
        self.show_questions(self.current, enabled=True)
        self.list.setEnabled(False)
        self.start_button.setEnabled(False)
        self.finish_button.setEnabled(True)
        self.checks.clear()
        self.checks.setRowCount(0)
        self.score_label.clear()
        self.state.setText(
            self.tr("练习进行中：{0}。办理完毕后回到本页点击“完成练习”。").format(
                tr_data(self.current.title)
            )
        )

    def finish(self) -> None:
        if self.current is None or self.started_at is None:
            return
        answers = self.answers()
        unanswered = answers.count(None)
        if unanswered and not self.confirm_unanswered(unanswered):
            return
        outcome = training.score(self.ctx, self.current, self.user.id, self.started_at, answers)
        with refusal_shown(self, self.tr("成绩未能保存")) as refused:
            training.record_result(self.real, self.user, outcome, self.started_at)
        if refused:
            return
        self.outcome = outcome
        self.show_outcome(outcome)
        self.current = self.started_at = None
        self.questions_box.setEnabled(False)  # the answers stay shown beside the score
        self.list.setEnabled(True)
        self.start_button.setEnabled(True)
        self.finish_button.setEnabled(False)

    def show_outcome(self, outcome: training.Outcome) -> None:
        verdict = self.tr("通过") if outcome.passed else self.tr("未通过")
        self.score_label.setText(
            self.tr("得分 {0} / {1}（{2}）").format(outcome.score, outcome.max_score, verdict)
        )
        self.score_label.setStyleSheet(
            "font-size:14pt; font-weight:bold; color:%s;"
            % ("#1b7a2e" if outcome.passed else "#b42318")
        )
        none = self.tr("（未记录）")
        rows = [
            [
                "✓" if c.passed else "✗",
                tr_data(c.label),
                tr_data(c.expected),  # 已办理, 居民身份证, 现金…; names and numbers stay
                tr_data(c.actual) if c.actual else none,
                str(c.points),
            ]
            for c in outcome.checks
        ]
        unanswered = self.tr("（未作答）")
        rows += [
            [
                "✓" if a.passed else "✗",
                self.tr("问答：{0}").format(tr_data(a.question)),
                tr_data(a.answer),
                tr_data(a.chosen) if a.chosen else unanswered,
                str(a.points),
            ]
            for a in outcome.answers
        ]
        headers = [
            self.tr("结果"),
            self.tr("检查项"),
            self.tr("应为"),
            self.tr("实际"),
            self.tr("得分"),
        ]
        fill_table(self.checks, headers, rows, stretch=1)
        # An answer is a sentence: cap its columns (full text in the tooltip) so the
        # check labels keep their room.
        header = self.checks.horizontalHeader()
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(self.checks.sizeHintForColumn(column), 260))
        for column in (1, 2, 3):
            for row in range(self.checks.rowCount()):
                item = self.checks.item(row, column)
                item.setToolTip(item.text())
        self.mark_answers(outcome)
        self.state.setText(self.tr("成绩已记录。可以选择下一个练习。"))
