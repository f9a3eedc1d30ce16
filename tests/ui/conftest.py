"""UI fixtures: a real main window on a temporary database, with per-test settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import wizard_leave
from counter_app.ui.app import make_application
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings


@pytest.fixture(autouse=True)
def _previous_tests_widgets_deleted(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt closes a test's widgets with deleteLater, which only an event loop carries
    out: without this, closed windows of earlier tests live on with their timers."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


class LeaveAnswers:
    """Stands in for the wizard's modal 放弃本次办理？ (ui/wizard_leave.ask_leave): records
    each time it is asked and answers ``answer`` (放弃 unless a test says otherwise)."""

    def __init__(self) -> None:
        self.answer = wizard_leave.DISCARD
        self.asked = 0

    def __call__(self, _parent: object) -> str:
        self.asked += 1
        return self.answer


@pytest.fixture(autouse=True)
def leave_answers(monkeypatch: pytest.MonkeyPatch) -> LeaveAnswers:
    answers = LeaveAnswers()
    monkeypatch.setattr(wizard_leave, "ask_leave", answers)
    return answers


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def app_look(qapp):  # type: ignore[no-untyped-def]
    """The shipped font, style and Qt translations, as the real start-up applies them."""
    # Chinese, whatever this PC chose; test_translations switches for its own tests.
    return make_application(language="zh_CN")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown_pdfs() -> list[Path]:
    return []


@pytest.fixture
def window(
    qtbot,
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
    shown_pdfs: list[Path],
) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, hall[0], clerk, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    # The print preview is modal; record what would have been shown instead.
    win.show_pdf = shown_pdfs.append  # type: ignore[method-assign]
    win.resize(1200, 760)
    win.show()
    return win
