# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 540)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.sectionTabs = QTabWidget(SettingsDialog)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.counterLabel = QLabel(self.generalTab)
        self.counterLabel.setObjectName(u"counterLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.counterLabel)

        self.counterEdit = QLineEdit(self.generalTab)
        self.counterEdit.setObjectName(u"counterEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.counterEdit)

        self.idleLabel = QLabel(self.generalTab)
        self.idleLabel.setObjectName(u"idleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.generalTab)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.printoutsLabel = QLabel(self.generalTab)
        self.printoutsLabel.setObjectName(u"printoutsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.printoutsLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.printoutsEdit = QLineEdit(self.generalTab)
        self.printoutsEdit.setObjectName(u"printoutsEdit")

        self.folderLayout.addWidget(self.printoutsEdit)

        self.browseButton = QPushButton(self.generalTab)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.backupLabel = QLabel(self.generalTab)
        self.backupLabel.setObjectName(u"backupLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupLayout = QHBoxLayout()
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupEdit = QLineEdit(self.generalTab)
        self.backupEdit.setObjectName(u"backupEdit")

        self.backupLayout.addWidget(self.backupEdit)

        self.backupBrowseButton = QPushButton(self.generalTab)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")
        self.backupBrowseButton.setAutoDefault(False)

        self.backupLayout.addWidget(self.backupBrowseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.backupLayout)

        self.keepLabel = QLabel(self.generalTab)
        self.keepLabel.setObjectName(u"keepLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.generalTab)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(365)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keepSpin)

        self.categoriesLabel = QLabel(self.generalTab)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.categoriesEdit = QLineEdit(self.generalTab)
        self.categoriesEdit.setObjectName(u"categoriesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoriesEdit)

        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageHint = QLabel(self.generalTab)
        self.languageHint.setObjectName(u"languageHint")

        self.languageLayout.addWidget(self.languageHint)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.languageLayout)


        self.generalLayout.addLayout(self.formLayout)

        self.fontGroup = QGroupBox(self.generalTab)
        self.fontGroup.setObjectName(u"fontGroup")
        self.fontLayout = QFormLayout(self.fontGroup)
        self.fontLayout.setObjectName(u"fontLayout")
        self.fontSizeLabel = QLabel(self.fontGroup)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.fontLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSizeSpin = QSpinBox(self.fontGroup)
        self.fontSizeSpin.setObjectName(u"fontSizeSpin")

        self.fontLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fontSizeSpin)

        self.customerFontSizeLabel = QLabel(self.fontGroup)
        self.customerFontSizeLabel.setObjectName(u"customerFontSizeLabel")

        self.fontLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customerFontSizeLabel)

        self.customerFontSizeSpin = QSpinBox(self.fontGroup)
        self.customerFontSizeSpin.setObjectName(u"customerFontSizeSpin")

        self.fontLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customerFontSizeSpin)


        self.generalLayout.addWidget(self.fontGroup)

        self.sectionTabs.addTab(self.generalTab, "")

        self.mainLayout.addWidget(self.sectionTabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(SettingsDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.counterLabel.setBuddy(self.counterEdit)
        self.idleLabel.setBuddy(self.idleSpin)
        self.printoutsLabel.setBuddy(self.printoutsEdit)
        self.backupLabel.setBuddy(self.backupEdit)
        self.keepLabel.setBuddy(self.keepSpin)
        self.categoriesLabel.setBuddy(self.categoriesEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fontSizeLabel.setBuddy(self.fontSizeSpin)
        self.customerFontSizeLabel.setBuddy(self.customerFontSizeSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.counterEdit, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.printoutsEdit)
        QWidget.setTabOrder(self.printoutsEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.backupEdit)
        QWidget.setTabOrder(self.backupEdit, self.backupBrowseButton)
        QWidget.setTabOrder(self.backupBrowseButton, self.keepSpin)
        QWidget.setTabOrder(self.keepSpin, self.categoriesEdit)
        QWidget.setTabOrder(self.categoriesEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.fontSizeSpin)
        QWidget.setTabOrder(self.fontSizeSpin, self.customerFontSizeSpin)
        QWidget.setTabOrder(self.customerFontSizeSpin, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(SettingsDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u672c\u673a\u8bbe\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8fd9\u4e9b\u8bbe\u7f6e\u53ea\u5bf9\u672c\u53f0\u7535\u8111\u6709\u6548\uff1b\u8425\u4e1a\u5385\u4fe1\u606f\u4fdd\u5b58\u5728\u6570\u636e\u5e93\u4e2d\u3002", None))
        self.counterLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u67dc\u53f0\u53f7(&C)", None))
        self.counterEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a1", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u7a7a\u95f2\u9501\u5c4f(\u5206\u949f)(&L)", None))
        self.printoutsLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u6587\u4ef6\u4fdd\u5b58\u4f4d\u7f6e(&F)", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.backupLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5907\u4efd\u6587\u4ef6\u5939(&B)", None))
        self.backupEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982U\u76d8\u4e0a\u7684\u6587\u4ef6\u5939\uff1b\u4e0d\u586b\u5219\u5907\u4efd\u5230\u672c\u673a\u6570\u636e\u6587\u4ef6\u5939", None))
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.keepLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u7559\u5907\u4efd\u4efd\u6570(&K)", None))
        self.categoriesLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u672c\u67dc\u53f0\u670d\u52a1\u7684\u6392\u961f\u7c7b\u522b(&Q)", None))
        self.categoriesEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u53f7\u7801\u524d\u7f00\uff0c\u7528\u9017\u53f7\u5206\u9694\uff0c\u5982 A,B\uff1b\u4e0d\u586b\u5219\u5168\u90e8", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00(&Y)", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0b\u6b21\u542f\u52a8\u67dc\u53f0\u52a9\u624b\u65f6\u751f\u6548", None))
        self.fontGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u5b57\u53f7", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8425\u4e1a\u5458\u754c\u9762\u5b57\u53f7(&Z)", None))
        self.fontSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u78c5", None))
        self.customerFontSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5ba2\u6237\u8bc4\u4ef7\u7a97\u53e3\u5b57\u53f7(&U)", None))
        self.customerFontSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u78c5", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"\u67dc\u53f0\u4e0e\u754c\u9762", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"\u53d6\u6d88", None))
    # retranslateUi

