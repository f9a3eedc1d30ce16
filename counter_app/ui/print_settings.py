"""The settings dialog's 打印 tab: a printer per kind of document, the receipt's paper,
and whether printing opens the preview first."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from counter_app.ui import settings as opt
from counter_app.ui.settings import Settings
from counter_app.ui.settings_sections import SettingsSection


class PrintSection(SettingsSection):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.title = self.tr("打印")
        form = QFormLayout(self)
        self.rollCombo = self._printer_combo("rollCombo", opt.ROLL_PRINTER)
        self.sheetCombo = self._printer_combo("sheetCombo", opt.SHEET_PRINTER)
        self.paperCombo = QComboBox(self)
        self.paperCombo.setObjectName("receiptPaperCombo")
        names = {"A5": self.tr("A5 单页纸（单页纸打印机）"), "80mm": self.tr("80毫米热敏卷纸")}
        for code in opt.PAPERS:
            self.paperCombo.addItem(names[code], code)
        self.paperCombo.setCurrentIndex(max(0, self.paperCombo.findData(settings.get(opt.PAPER))))
        self.previewCheck = QCheckBox(
            self.tr("打印前先预览（不勾选则直接打印，Ctrl+Shift+P 预览）")
        )
        self.previewCheck.setObjectName("previewFirstCheck")
        self.previewCheck.setChecked(settings.get(opt.PREVIEW_FIRST))
        for text, field in (
            (self.tr("卷纸打印机（收据、号票）(&R)"), self.rollCombo),
            (self.tr("单页纸打印机（回执、报表）(&S)"), self.sheetCombo),
            (self.tr("收据纸张(&Z)"), self.paperCombo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.previewCheck)

    def _printer_combo(self, name: str, option: opt.Option) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("系统默认打印机（打印前预览）"), "")
        for printer in QPrinterInfo.availablePrinterNames():
            combo.addItem(printer, printer)
        chosen = self.settings.get(option)
        if chosen and combo.findData(chosen) < 0:
            # A printer set earlier but not installed now stays chosen, marked missing.
            combo.addItem(self.tr("{0}（未找到）").format(chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def save(self) -> None:
        self.settings.set(opt.ROLL_PRINTER, self.rollCombo.currentData())
        self.settings.set(opt.SHEET_PRINTER, self.sheetCombo.currentData())
        self.settings.set(opt.PAPER, self.paperCombo.currentData())
        self.settings.set(opt.PREVIEW_FIRST, self.previewCheck.isChecked())
