# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.resize(860, 620)
        self.mainLayout = QVBoxLayout(ApplicationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ApplicationDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(ApplicationDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.stepsLabel = QLabel(ApplicationDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.mainLayout.addWidget(self.stepsLabel)

        self.stepsTable = QTableWidget(ApplicationDialog)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.stepsTable)

        self.eventsLabel = QLabel(ApplicationDialog)
        self.eventsLabel.setObjectName(u"eventsLabel")

        self.mainLayout.addWidget(self.eventsLabel)

        self.eventsTable = QTableWidget(ApplicationDialog)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eventsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.eventsTable)

        self.messageLabel = QLabel(ApplicationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.completeButton = QPushButton(ApplicationDialog)
        self.completeButton.setObjectName(u"completeButton")
        self.completeButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.completeButton)

        self.pauseButton = QPushButton(ApplicationDialog)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(ApplicationDialog)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.resumeButton)

        self.returnButton = QPushButton(ApplicationDialog)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.returnButton)

        self.cancelAppButton = QPushButton(ApplicationDialog)
        self.cancelAppButton.setObjectName(u"cancelAppButton")
        self.cancelAppButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.cancelAppButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.printButton = QPushButton(ApplicationDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(ApplicationDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.actionLayout)


        self.retranslateUi(ApplicationDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"\u7533\u8bf7\u8be6\u60c5", None))
        self.titleLabel.setText("")
        self.infoLabel.setText("")
        self.stepsLabel.setText(QCoreApplication.translate("ApplicationDialog", u"\u529e\u7535\u73af\u8282\u4e0e\u65f6\u9650", None))
        self.eventsLabel.setText(QCoreApplication.translate("ApplicationDialog", u"\u529e\u7406\u8bb0\u5f55", None))
        self.messageLabel.setText("")
        self.completeButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u5b8c\u6210\u5f53\u524d\u73af\u8282", None))
        self.pauseButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u6682\u505c\u8ba1\u65f6\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u6062\u590d\u8ba1\u65f6", None))
        self.returnButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u9000\u56de\u8865\u6b63\u2026", None))
        self.cancelAppButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u64a4\u9500\u53d7\u7406\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u6253\u5370\u56de\u6267", None))
        self.closeButton.setText(QCoreApplication.translate("ApplicationDialog", u"\u5173\u95ed", None))
    # retranslateUi

