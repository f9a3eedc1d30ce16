"""Settings for this PC: counter, idle lock, printouts, language; the areas' tabs (printers…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from counter_app.domain.counter_code import counter_code_problem
from counter_app.ui import settings as opt
from counter_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from counter_app.ui.i18n import tr_message
from counter_app.ui.look import set_point_size
from counter_app.ui.settings import Settings
from counter_app.ui.settings_sections import SECTIONS

# Each language is named in itself, so a clerk can find their own in either build.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, default_printouts: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.ui.counterEdit.setText(settings.get(opt.COUNTER))
        self.ui.idleSpin.setValue(settings.get(opt.IDLE_MINUTES))
        self.ui.printoutsEdit.setText(settings.get(opt.PRINTOUTS) or default_printouts)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.backupEdit.setText(settings.get(opt.BACKUP_FOLDER))
        self.ui.keepSpin.setValue(settings.get(opt.BACKUP_KEEP))
        self.ui.backupBrowseButton.clicked.connect(self.browse_backup)
        self.ui.categoriesEdit.setText(settings.get(opt.QUEUE_CATEGORIES))
        self._load_font_sizes()
        for code in opt.LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(settings.get(opt.LANGUAGE)))
        )
        self._add_sections()
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _add_sections(self) -> None:
        """The areas' own tabs (settings_sections.py), beside the counter's options: one
        tall page would not fit a 768-pixel screen at the large font."""
        self.sections = [make(self.settings) for make in SECTIONS]
        self.tabs = self.ui.sectionTabs
        for section in self.sections:
            self.tabs.addTab(section, section.title)

    def _load_font_sizes(self) -> None:
        for spin, option, sizes in (
            (self.ui.fontSizeSpin, opt.FONT_SIZE, opt.FONT_SIZES),
            (self.ui.customerFontSizeSpin, opt.CUSTOMER_FONT_SIZE, opt.CUSTOMER_FONT_SIZES),
        ):
            spin.setRange(sizes[0], sizes[-1])
            spin.setValue(self.settings.get(option))

    def _save_font_sizes(self) -> None:
        """The clerk's size applies at once to every screen; the customer's at the next rating."""
        self.settings.set(opt.FONT_SIZE, self.ui.fontSizeSpin.value())
        self.settings.set(opt.CUSTOMER_FONT_SIZE, self.ui.customerFontSizeSpin.value())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_point_size(app, self.ui.fontSizeSpin.value())

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择打印文件保存位置"), self.ui.printoutsEdit.text()
        )
        if folder:
            self.ui.printoutsEdit.setText(folder)

    def browse_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹（例如U盘）"), self.ui.backupEdit.text()
        )
        if folder:
            self.ui.backupEdit.setText(folder)

    def save(self) -> None:
        counter = self.ui.counterEdit.text().strip()
        problem = counter_code_problem(counter)
        if problem:
            self.ui.messageLabel.setText(tr_message(problem))
            return
        backup = self.ui.backupEdit.text().strip()
        if backup and not Path(backup).is_absolute():
            self.ui.messageLabel.setText(self.tr("备份文件夹请填写完整路径，或点“浏览…”选择"))
            return
        for section in self.sections:
            problem = section.problem()
            if problem:
                self.tabs.setCurrentWidget(section)
                self.ui.messageLabel.setText(problem)
                return
        categories = ",".join(
            c.strip().upper() for c in self.ui.categoriesEdit.text().split(",") if c.strip()
        )
        self.settings.set(opt.BACKUP_FOLDER, backup)
        self.settings.set(opt.BACKUP_KEEP, self.ui.keepSpin.value())
        self.settings.set(opt.QUEUE_CATEGORIES, categories)
        self.settings.set(opt.COUNTER, counter)
        self.settings.set(opt.IDLE_MINUTES, self.ui.idleSpin.value())
        self.settings.set(opt.PRINTOUTS, self.ui.printoutsEdit.text().strip())
        self._save_font_sizes()
        for section in self.sections:
            section.save()
        # Takes effect at the next start: every widget's text was set when it was built.
        self.settings.set(opt.LANGUAGE, self.ui.languageCombo.currentData())
        self.accept()
