"""Training mode (现场服务模拟) around the main window: its store, banner, titles, page.

The trainee signs in with the real account; the window then works on a training store
made anew (demo/training_store.py), while the real store only authenticates and
keeps the scores. Every top-level window's title gets 【培训】, the main window and the
customer's rating window a colored bar, and export and backup are off.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from counter_app import datadir

if TYPE_CHECKING:
    from counter_app.services.context import AppContext
    from counter_app.services.progress import Progress
    from counter_app.ui.jobs import Job
    from counter_app.ui.main_window import MainWindow

BANNER_STYLE = "background:#c2410c; color:white; font-size:13pt; font-weight:bold; padding:8px;"


def training_store_path() -> Path:
    """The training store's file; tests replace this entry point."""
    return datadir.training_dir() / "training.db"


def open_training(
    real: AppContext, parent: QWidget, on_ready: Callable[[AppContext], object]
) -> Job | None:
    """Make the training store anew from demo data (a few seconds) off the UI thread, with
    its stages and 取消 in a progress window; ``on_ready`` gets it. A failure or a cancel is
    said (training is not started, the real store was only read)."""
    from counter_app.demo.training_store import open_training_store
    from counter_app.domain.exercises import ExerciseError
    from counter_app.services.errors import StartupError, UserError
    from counter_app.ui.jobs import run_job

    exercises = list(real.rules.exercises)
    path = training_store_path()

    def make(progress: Progress) -> AppContext:
        try:
            return open_training_store(real, path, exercises, progress)
        except (ExerciseError, StartupError, OSError) as exc:
            # What the trainer can act on (a bad exercises file, a full disk): said, not a bug.
            raise UserError(
                QApplication.translate("training", "培训数据库未能准备好：{0}").format(exc)
            ) from exc

    return run_job(
        parent,
        QApplication.translate("training", "准备培训数据库"),
        make,
        on_ready,
        refused_title=QApplication.translate("training", "培训模式无法启动"),
    )


def banner(parent: QWidget | None = None) -> QLabel:
    label = QLabel(
        QApplication.translate(
            "training", "培训模式（现场服务模拟）— 此处办理的业务和收费均不计入正式记录"
        ),
        parent,
    )
    label.setObjectName("trainingBanner")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    return label


class TrainingTitles(QObject):
    """Prefixes 【培训】 to every top-level window's title, and puts the bar on the rating
    window, as each is shown or retitled."""

    def prefix(self) -> str:
        return QApplication.translate("training", "【培训】")

    def mark(self, widget: QWidget) -> None:
        title = widget.windowTitle()
        if not title.startswith(self.prefix()):
            widget.setWindowTitle(self.prefix() + title)
        from counter_app.ui.rating_window import RatingWindow

        if isinstance(widget, RatingWindow) and widget.findChild(QLabel, "trainingBanner") is None:
            layout = widget.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(0, banner(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.mark(watched)
        return False


def enter_training(window: MainWindow, real: AppContext) -> None:
    """Turn ``window`` (made on the training store) into the training window."""
    from counter_app.ui.page_registry import TRAINING_EXERCISES
    from counter_app.ui.training_page import TrainingPage

    window.real_ctx = real  # type: ignore[attr-defined]
    layout = window.ui.centralWidget.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, banner(window))
    window.ui.exportAction.setEnabled(False)
    window.ui.backupAction.setEnabled(False)
    page = TrainingPage(window.page_kit, real, list(real.rules.exercises))
    window.add_page(TRAINING_EXERCISES, page)  # window.training_page
    titles = TrainingTitles(window)
    window.training_titles = titles  # type: ignore[attr-defined]
    titles.mark(window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(titles)
        window.destroyed.connect(lambda: app.removeEventFilter(titles))
