# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_detail_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ComplaintDetailDialog(object):
    def setupUi(self, ComplaintDetailDialog):
        if not ComplaintDetailDialog.objectName():
            ComplaintDetailDialog.setObjectName(u"ComplaintDetailDialog")
        ComplaintDetailDialog.resize(900, 660)
        self.mainLayout = QVBoxLayout(ComplaintDetailDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ComplaintDetailDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(ComplaintDetailDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.infoLabel)

        self.deadlineLabel = QLabel(ComplaintDetailDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)
        self.deadlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.deadlineLabel)

        self.contentView = QPlainTextEdit(ComplaintDetailDialog)
        self.contentView.setObjectName(u"contentView")
        self.contentView.setMaximumSize(QSize(16777215, 130))
        self.contentView.setTabChangesFocus(True)
        self.contentView.setReadOnly(True)

        self.mainLayout.addWidget(self.contentView)

        self.resultLabel = QLabel(ComplaintDetailDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.eventsLabel = QLabel(ComplaintDetailDialog)
        self.eventsLabel.setObjectName(u"eventsLabel")

        self.mainLayout.addWidget(self.eventsLabel)

        self.eventsTable = QTableWidget(ComplaintDetailDialog)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eventsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.eventsTable)

        self.messageLabel = QLabel(ComplaintDetailDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.assignButton = QPushButton(ComplaintDetailDialog)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.assignButton)

        self.contactButton = QPushButton(ComplaintDetailDialog)
        self.contactButton.setObjectName(u"contactButton")
        self.contactButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.contactButton)

        self.resolveButton = QPushButton(ComplaintDetailDialog)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.resolveButton)

        self.callbackButton = QPushButton(ComplaintDetailDialog)
        self.callbackButton.setObjectName(u"callbackButton")
        self.callbackButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.callbackButton)

        self.finishButton = QPushButton(ComplaintDetailDialog)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.finishButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.printButton = QPushButton(ComplaintDetailDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(ComplaintDetailDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.actionLayout)


        self.retranslateUi(ComplaintDetailDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ComplaintDetailDialog)
    # setupUi

    def retranslateUi(self, ComplaintDetailDialog):
        ComplaintDetailDialog.setWindowTitle(QCoreApplication.translate("ComplaintDetailDialog", u"\u6295\u8bc9\u8be6\u60c5", None))
        self.titleLabel.setText("")
        self.infoLabel.setText("")
        self.deadlineLabel.setText("")
        self.resultLabel.setText("")
        self.eventsLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u529e\u7406\u8bb0\u5f55", None))
        self.messageLabel.setText("")
        self.assignButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u6307\u6d3e\u2026", None))
        self.contactButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u8bb0\u5f55\u8054\u7cfb\u2026", None))
        self.resolveButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u5904\u7406\u7ed3\u679c\u2026", None))
        self.callbackButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u56de\u8bbf\u2026", None))
        self.finishButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u529e\u7ed3\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u6253\u5370\u56de\u6267", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"\u5173\u95ed", None))
    # retranslateUi

