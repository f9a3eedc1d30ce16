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
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert settings.get(opt.COUNTER) == "3"
    assert settings.get(opt.BACKUP_FOLDER) == str(tmp_path / "usb")
    assert settings.get(opt.BACKUP_KEEP) == 7
    assert settings.get(opt.QUEUE_CATEGORIES) == "A,B"


def test_a_printer_per_kind_of_document(
    qtbot,
    app_look,
    settings: Settings,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    # Set earlier, not installed on this PC now: kept and marked.
    settings.set(opt.ROLL_PRINTER, "卷纸机")
    settings.set(opt.SHEET_PRINTER, "单页机")
    dialog = SettingsDialog(settings, str(tmp_path / "printouts"))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:2] == ["柜台与界面", "打印"]  # the counter's own options stay first
    section = dialog.tabs.widget(1)
    roll, sheet = section.rollCombo, section.sheetCombo
    assert roll.currentData() == "卷纸机" and "未找到" in roll.currentText()
    assert sheet.currentData() == "单页机"
    sheet.setCurrentIndex(0)  # the system's default
    section.paperCombo.setCurrentIndex(section.paperCombo.findData("80mm"))
    section.previewCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert settings.get(opt.ROLL_PRINTER) == "卷纸机"
    assert settings.get(opt.SHEET_PRINTER) == ""
    assert settings.get(opt.PAPER) == "80mm"
    assert settings.get(opt.PREVIEW_FIRST) is True
    # Read back from the INI text: "true", not a truthy "false".
    settings.set(opt.PREVIEW_FIRST, False)
    assert settings.get(opt.PREVIEW_FIRST) is False


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
