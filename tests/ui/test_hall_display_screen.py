"""The hall display and the voice of the calls, driven through the real widgets: calls
made by another clerk's PC (its own context on the same store) show within one poll,
the newest highlighted; the voice says the phrase on call and recall, as the PC's
settings ask (who speaks, repeats, volume, off), through a recording speaker."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support import PASSWORD

from counter_app.bootstrap import open_context
from counter_app.domain.call_phrase import CallPhrase
from counter_app.services import auth, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.ui import settings as opt
from counter_app.ui.call_voice import CallVoice, ClipSpeaker
from counter_app.ui.hall_display import HIGHLIGHT, HallDisplay
from counter_app.ui.hall_display_settings import HallDisplaySection
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings


@dataclass
class Said:
    phrase: str
    words: list[str]
    repeats: int
    volume: int


class RecordingSpeaker:
    def __init__(self) -> None:
        self.said: list[Said] = []

    def say(self, phrase: CallPhrase, repeats: int, volume: int) -> None:
        self.said.append(Said(phrase.text, phrase.words, repeats, volume))


@pytest.fixture
def other_pc(
    db_url: str, ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> Iterator[tuple[AppContext, UserInfo]]:
    """Another counter's PC: its own engine on the same store, and its clerk."""
    li = auth.add_user(
        ctx,
        hall[1],
        username="li",
        display_name="李收费",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )
    pc = open_context(db_url)
    yield pc, li
    pc.close()


@pytest.fixture
def display(
    qtbot, app_look, ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> Iterator[HallDisplay]:  # type: ignore[no-untyped-def]
    shown = HallDisplay(ctx)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    yield shown
    shown.close_display()


def test_a_call_by_another_clerk_shows_within_one_poll_newest_highlighted(
    qtbot,  # type: ignore[no-untyped-def]
    display: HallDisplay,
    ctx: AppContext,
    clerk: UserInfo,
    other_pc: tuple[AppContext, UserInfo],
) -> None:
    pc, li = other_pc
    assert display.ticket_label.text() == "—"
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "B")
    queue.call_next(pc, li, "3", ["A"])
    qtbot.waitUntil(lambda: display.ticket_label.text() == "A001", timeout=1000)
    assert display.counter_label.text() == "请到 3 号柜台"
    assert display.blinks_left > 0 and HIGHLIGHT in display.styleSheet()

    queue.call_next(ctx, clerk, "2", ["B"])
    qtbot.waitUntil(lambda: display.ticket_label.text() == "B001", timeout=1000)
    assert display.counter_label.text() == "请到 2 号柜台"
    first = display.recent_rows[0]
    assert (first[0].text(), first[1].text()) == ("A001", "3 号柜台")
    assert display.recent_rows[1][0].text() == ""
    assert "A 业扩报装/变更用电：等候 0 人" in display.waiting_label.text()

    # The flash ends; the newest stays on its own, large.
    for _ in range(display.blinks_left):
        display._blink()
    assert display.blinks_left == 0 and display.blink_timer.isActive() is False
    assert HIGHLIGHT in display.styleSheet()
    ticket_px = display.ticket_label.fontInfo().pixelSize()
    assert ticket_px >= display.height() / 10


def test_esc_and_alt_f4_leave_the_display_on(qtbot, display: HallDisplay) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    display.close()
    assert display.isVisible()
    display.close_display()
    assert not display.isVisible()


def _voiced_window(window: MainWindow, settings: Settings, **values: object) -> RecordingSpeaker:
    for option, value in values.items():
        settings.set(getattr(opt, option), value)
    speaker = RecordingSpeaker()
    window.hall_screen.voice = CallVoice(settings, speaker)
    return speaker


def test_the_display_pc_says_every_call_and_recall(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    settings: Settings,
    ctx: AppContext,
    other_pc: tuple[AppContext, UserInfo],
) -> None:
    speaker = _voiced_window(
        window, settings, VOICE_MODE="display", VOICE_REPEATS=3, VOICE_VOLUME=60
    )
    window.ui.fileMenu.actions()  # the menu entry opens it
    action = window.hall_screen.action
    assert action in window.ui.fileMenu.actions()
    action.trigger()
    shown = window.hall_screen.display
    assert shown is not None and shown.isVisible()
    pc, li = other_pc
    queue.issue_ticket(ctx, "A")
    queue.call_next(pc, li, "3", ["A"])
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=1000)
    said = speaker.said[0]
    assert said.phrase == "请 A001 号到 3 号柜台"
    assert said.words == ["请", "A", "零", "零", "一", "号", "到", "三", "号柜台"]
    assert (said.repeats, said.volume) == (3, 60)

    queue.recall(pc, li, "A001")
    qtbot.waitUntil(lambda: len(speaker.said) == 2, timeout=1000)
    assert speaker.said[1].phrase == "请 A001 号到 3 号柜台"

    action.trigger()  # closed from the clerk's menu
    assert window.hall_screen.display is None and not shown.isVisible()


def test_voice_off_says_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    settings: Settings,
    ctx: AppContext,
    clerk: UserInfo,
) -> None:
    speaker = _voiced_window(window, settings, VOICE_MODE="off")
    shown = window.hall_screen.open()
    queue.issue_ticket(ctx, "A")
    queue.call_next(ctx, clerk, "3", ["A"])
    qtbot.waitUntil(lambda: shown.ticket_label.text() == "A001", timeout=1000)
    qtbot.wait(500)  # the voice hears the same poll
    assert speaker.said == []


def test_a_counter_pc_without_display_says_only_its_own_calls(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    settings: Settings,
    ctx: AppContext,
    clerk: UserInfo,
    other_pc: tuple[AppContext, UserInfo],
) -> None:
    speaker = _voiced_window(window, settings, VOICE_MODE="counter", COUNTER="3", VOICE_REPEATS=1)
    pc, li = other_pc
    for _ in range(2):
        queue.issue_ticket(ctx, "A")
    queue.call_next(pc, li, "2", ["A"])  # another counter: its own PC says it
    queue.call_next(ctx, clerk, "3", ["A"])
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=1000)
    qtbot.wait(500)
    assert [s.phrase for s in speaker.said] == ["请 A002 号到 3 号柜台"]
    assert speaker.said[0].repeats == 1
    assert window.hall_screen.display is None


def test_the_display_opens_at_start_when_the_pc_says_so(
    qtbot,  # type: ignore[no-untyped-def]
    app_look,
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
) -> None:
    settings.set(opt.HALL_DISPLAY_AT_START, 1)
    win = MainWindow(ctx, hall[0], clerk, settings, tmp_path / "printouts")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.hall_screen.display is not None, timeout=1000)
    shown = win.hall_screen.display
    assert shown is not None and win.hall_screen.action.isChecked()
    win.close()  # the display goes with the clerk's window
    assert win.hall_screen.display is None and not shown.isVisible()


def test_the_settings_tab_keeps_the_pcs_choices(qtbot, app_look, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    section = HallDisplaySection(settings)
    qtbot.addWidget(section)
    assert section.mode.currentData() == "off" and section.repeats.value() == 2
    section.at_start.setChecked(True)
    section.mode.setCurrentIndex(section.mode.findData("display"))
    section.volume.setValue(35)
    section.repeats.setValue(3)
    assert section.repeats.maximum() == 3 and section.repeats.minimum() == 1
    section.save()
    assert settings.get(opt.HALL_DISPLAY_AT_START) == 1
    assert settings.get(opt.VOICE_MODE) == "display"
    assert (settings.get(opt.VOICE_VOLUME), settings.get(opt.VOICE_REPEATS)) == (35, 3)
    again = HallDisplaySection(settings)
    qtbot.addWidget(again)
    assert again.at_start.isChecked() and again.mode.currentData() == "display"


def test_the_clips_for_a001_at_counter_3(tmp_path: Path) -> None:
    speaker = ClipSpeaker()
    words = CallPhrase("A001", "3").words
    assert [p.name for p in speaker.clips(words)] == [
        "qing.wav",
        "letter_A.wav",
        "digit_0.wav",
        "digit_0.wav",
        "digit_1.wav",
        "hao.wav",
        "dao.wav",
        "digit_3.wav",
        "hao_guitai.wav",
    ]
    once = speaker.joined(words, 1, tmp_path / "once.wav")
    twice = speaker.joined(words, 2, tmp_path / "twice.wav")
    lengths = []
    for path in speaker.clips(words):
        with wave.open(str(path), "rb") as clip:
            lengths.append(clip.getnframes() / clip.getframerate())
    assert once == pytest.approx(sum(lengths), abs=0.01)
    assert twice == pytest.approx(2 * once + 0.8, abs=0.01)
    with wave.open(str(tmp_path / "twice.wav"), "rb") as joined:
        assert joined.getnframes() / joined.getframerate() == pytest.approx(twice, abs=0.01)
