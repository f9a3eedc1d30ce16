"""培训成绩: each trainee's attempts, best and latest score on each exercise (supervisors)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from counter_app.domain.clock import format_local
from counter_app.services import training
from counter_app.ui.i18n import tr_data
from counter_app.ui.page_contract import Page, PageKit
from counter_app.ui.pages import fill_table


class TrainingScoresPage(Page):
    def __init__(self, kit: PageKit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        title = QLabel(self.tr("培训成绩"))
        title.setObjectName("titleLabel")  # the pages' big title (style.qss)
        self.summary = QLabel()
        self.table = QTableWidget()
        self.table.setObjectName("scoresTable")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        results = training.results_summary(self.ctx)
        yes, no = self.tr("是"), self.tr("否")
        rows = [
            [
                r.trainee,
                tr_data(r.exercise_title),
                str(r.attempts),
                f"{r.best} / {r.max_score}",
                f"{r.latest} / {r.max_score}",
                yes if r.passed else no,
                format_local(r.last_at),
            ]
            for r in results
        ]
        headers = [
            self.tr("学员"),
            self.tr("练习"),
            self.tr("次数"),
            self.tr("最高分"),
            self.tr("最近得分"),
            self.tr("已通过"),
            self.tr("最近练习时间"),
        ]
        fill_table(self.table, headers, rows, stretch=1)
        trainees = len({r.trainee for r in results})
        self.summary.setText(
            self.tr("学员 {0} 人，练习记录 {1} 项（在登录窗口勾选“培训模式”即可练习）").format(
                trainees, len(results)
            )
        )
