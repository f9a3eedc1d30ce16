"""The per-PC settings: what the clerk types is checked and kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from support import type_text

from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings
from counter_app.ui.settings_dialog import SettingsDialog


def test_settings_are_checked_and_saved(
    qtbot,
    app_look,
    settings: Settings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    dialog.ui.counterEdit.clear()
    type_text(qtbot, dialog.ui.counterEdit, "3")
    type_text(qtbot, dialog.ui.backupEdit, "usb/backups")  # not a full path
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "完整路径" in dialog.ui.messageLabel.text()
    assert settings.get(opt.COUNTER) == "1"  # nothing saved yet
    dialog.ui.backupEdit.setText(str(tmp_path / "usb"))
    dialog.ui.keepSpin.setValue(7)
    type_text(qtbot, dialog.ui.categoriesEdit, "a, b")
    dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData("80mm"))
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert settings.get(opt.COUNTER) == "3"
    assert settings.get(opt.BACKUP_FOLDER) == str(tmp_path / "usb")
    assert settings.get(opt.BACKUP_KEEP) == 7
    assert settings.get(opt.QUEUE_CATEGORIES) == "A,B"
    assert settings.get(opt.PAPER) == "80mm"


def test_backup_now_from_the_menu(
    qtbot,
    window,
    ctx,
    hall,
    settings: Settings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from counter_app.ui.main_window import MainWindow

    # A manual backup (a copy of every customer's data) is a supervisor's: not a clerk's.
    assert not window.ui.backupAction.isEnabled()
    admin = MainWindow(ctx, hall[0], hall[1], settings, tmp_path / "printouts")
    qtbot.addWidget(admin)
    settings.set(opt.BACKUP_FOLDER, str(tmp_path))
    admin.ui.backupAction.trigger()
    qtbot.waitUntil(lambda: "备份已完成" in admin.statusBar().currentMessage(), timeout=30_000)
    made = sorted(tmp_path.glob("counter-*.db"))
    assert len(made) == 1 and "备份已完成" in admin.statusBar().currentMessage()


def test_a_counter_code_with_an_emoji_is_refused(
    qtbot,
    app_look,
    settings: Settings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    dialog.ui.counterEdit.setText("柜台😀X")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "柜台号应为1至4位英文字母或数字" in dialog.ui.messageLabel.text()
    assert settings.get(opt.COUNTER) == "1"
