"""培训练习: the trainee picks an exercise, reads the story, does it, and is scored."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.exercises import Exercise
from counter_app.services import training
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.ui.i18n import tr_data
from counter_app.ui.pages import fill_table


class TrainingPage(QWidget):
    """Works on the training store (``ctx``); results go into the real one (``real``)."""

    def __init__(
        self,
        ctx: AppContext,
        real: AppContext,
        user: UserInfo,
        exercises: list[Exercise],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.real, self.user, self.exercises = ctx, real, user, exercises
        self.current: Exercise | None = None
        self.started_at: datetime | None = None
        self.outcome: training.Outcome | None = None

        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.addItems([tr_data(e.title) for e in exercises])
        self.list.setFixedWidth(330)
        self.list.setWordWrap(True)
        self.story = QTextBrowser()
        self.story.setObjectName("exerciseStory")
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
        right.addWidget(self.story, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.finish_button)
        right.addLayout(buttons)
        right.addWidget(self.score_label)
        right.addWidget(self.checks, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

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
            self.state.setText(
                self.tr(
                    "满分 {0} 分，{1} 分及格。阅读情景后点击“开始练习”，再到相应页面办理。"
                ).format(ex.max_score, ex.pass_mark)
            )

    def start(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.current = self.exercises[row]
        self.started_at = self.ctx.clock()
        self.outcome = None
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
        from counter_app.services.errors import UserError

        if self.current is None or self.started_at is None:
            return
        outcome = training.score(self.ctx, self.current, self.user.id, self.started_at)
        try:
            training.record_result(self.real, self.user, outcome, self.started_at)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("成绩未能保存"), exc.message)
            return
        self.outcome = outcome
        self.show_outcome(outcome)
        self.current = self.started_at = None
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
                c.expected,
                c.actual or none,
                str(c.points),
            ]
            for c in outcome.checks
        ]
        headers = [
            self.tr("结果"),
            self.tr("检查项"),
            self.tr("应为"),
            self.tr("实际"),
            self.tr("得分"),
        ]
        fill_table(self.checks, headers, rows, stretch=1)
        self.state.setText(self.tr("成绩已记录。可以选择下一个练习。"))
