# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(580, 400)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.lastBatchLabel = QLabel(ExportDialog)
        self.lastBatchLabel.setObjectName(u"lastBatchLabel")
        self.lastBatchLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.lastBatchLabel)

        self.scopeGroup = QGroupBox(ExportDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QGridLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.sinceLastRadio = QRadioButton(self.scopeGroup)
        self.sinceLastRadio.setObjectName(u"sinceLastRadio")
        self.sinceLastRadio.setChecked(True)

        self.scopeLayout.addWidget(self.sinceLastRadio, 0, 0, 1, 4)

        self.rangeRadio = QRadioButton(self.scopeGroup)
        self.rangeRadio.setObjectName(u"rangeRadio")

        self.scopeLayout.addWidget(self.rangeRadio, 1, 0, 1, 1)

        self.fromDate = QDateEdit(self.scopeGroup)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.scopeLayout.addWidget(self.fromDate, 1, 1, 1, 1)

        self.toLabel = QLabel(self.scopeGroup)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scopeLayout.addWidget(self.toLabel, 1, 2, 1, 1)

        self.toDate = QDateEdit(self.scopeGroup)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.scopeLayout.addWidget(self.toDate, 1, 3, 1, 1)

        self.againRadio = QRadioButton(self.scopeGroup)
        self.againRadio.setObjectName(u"againRadio")

        self.scopeLayout.addWidget(self.againRadio, 2, 0, 1, 1)

        self.batchCombo = QComboBox(self.scopeGroup)
        self.batchCombo.setObjectName(u"batchCombo")

        self.scopeLayout.addWidget(self.batchCombo, 2, 1, 1, 3)


        self.mainLayout.addWidget(self.scopeGroup)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.folderLayout)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openFolderButton = QPushButton(ExportDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setEnabled(False)
        self.openFolderButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openFolderButton)

        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sinceLastRadio, self.rangeRadio)
        QWidget.setTabOrder(self.rangeRadio, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.againRadio)
        QWidget.setTabOrder(self.againRadio, self.batchCombo)
        QWidget.setTabOrder(self.batchCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u62a5\u9001\u603b\u90e8", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u62a5\u9001\u603b\u90e8\u7684\u671f\u95f4\u5de5\u4f5c\u7c3f\uff1a\u6765\u8bbf\u8bb0\u5f55\u3001\u4e1a\u52a1\u53d7\u7406\u3001\u6536\u8d39\u660e\u7ec6\u3001\u65e5\u7ed3\u3001\u6295\u8bc9\u610f\u89c1\u3001\u5458\u5de5\u7ee9\u6548\u3002\u5ba2\u6237\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u7801\u548c\u7535\u8bdd\u53f7\u7801\u5df2\u906e\u853d\u3002", None))
        self.lastBatchLabel.setText("")
        self.scopeGroup.setTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u5185\u5bb9", None))
        self.sinceLastRadio.setText(QCoreApplication.translate("ExportDialog", u"\u81ea\u4e0a\u6b21\u5bfc\u51fa\u4ee5\u6765\u7684\u65b0\u589e\u548c\u53d8\u66f4(&N)", None))
        self.rangeRadio.setText(QCoreApplication.translate("ExportDialog", u"\u6307\u5b9a\u65e5\u671f\u8303\u56f4(&R)", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"\u81f3", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
        self.againRadio.setText(QCoreApplication.translate("ExportDialog", u"\u91cd\u65b0\u5bfc\u51fa\u5df2\u6709\u6279\u6b21(&A)", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"\u4fdd\u5b58\u5230(&F)", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u6d4f\u89c8(&B)\u2026", None))
        self.messageLabel.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("ExportDialog", u"\u6253\u5f00\u6587\u4ef6\u5939(&O)", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa(&E)", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"\u5173\u95ed", None))
    # retranslateUi

