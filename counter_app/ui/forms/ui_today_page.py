# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        TodayPage.resize(900, 640)
        self.mainLayout = QVBoxLayout(TodayPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TodayPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(TodayPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.visitsLabel = QLabel(TodayPage)
        self.visitsLabel.setObjectName(u"visitsLabel")
        self.visitsLabel.setWordWrap(True)
        self.visitsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.visitsLabel)

        self.workButtons = QHBoxLayout()
        self.workButtons.setObjectName(u"workButtons")
        self.workLabel = QLabel(TodayPage)
        self.workLabel.setObjectName(u"workLabel")

        self.workButtons.addWidget(self.workLabel)

        self.workButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workButtons.addItem(self.workButtonsSpacer)

        self.openButton = QPushButton(TodayPage)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.workButtons.addWidget(self.openButton)


        self.mainLayout.addLayout(self.workButtons)

        self.workTable = QTableWidget(TodayPage)
        self.workTable.setObjectName(u"workTable")
        self.workTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.workTable)

        self.draftButtons = QHBoxLayout()
        self.draftButtons.setObjectName(u"draftButtons")
        self.draftsLabel = QLabel(TodayPage)
        self.draftsLabel.setObjectName(u"draftsLabel")

        self.draftButtons.addWidget(self.draftsLabel)

        self.draftButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftButtonsSpacer)

        self.resumeDraftButton = QPushButton(TodayPage)
        self.resumeDraftButton.setObjectName(u"resumeDraftButton")
        self.resumeDraftButton.setAutoDefault(False)

        self.draftButtons.addWidget(self.resumeDraftButton)

        self.discardDraftButton = QPushButton(TodayPage)
        self.discardDraftButton.setObjectName(u"discardDraftButton")
        self.discardDraftButton.setAutoDefault(False)

        self.draftButtons.addWidget(self.discardDraftButton)


        self.mainLayout.addLayout(self.draftButtons)

        self.draftsTable = QTableWidget(TodayPage)
        self.draftsTable.setObjectName(u"draftsTable")
        self.draftsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.draftsTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.acceptedLabel = QLabel(TodayPage)
        self.acceptedLabel.setObjectName(u"acceptedLabel")

        self.buttonLayout.addWidget(self.acceptedLabel)

        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.refreshButton = QPushButton(TodayPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.refreshButton)

        self.reprintButton = QPushButton(TodayPage)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.reprintButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.applicationsTable = QTableWidget(TodayPage)
        self.applicationsTable.setObjectName(u"applicationsTable")
        self.applicationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.applicationsTable)


        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.titleLabel.setText(QCoreApplication.translate("TodayPage", u"\u4eca\u65e5\u5de5\u4f5c", None))
        self.summaryLabel.setText("")
        self.visitsLabel.setText("")
        self.workLabel.setText(QCoreApplication.translate("TodayPage", u"\u5f85\u529e\uff1a\u4eca\u65e5\u5230\u671f\u3001\u5df2\u8d85\u671f\uff08\u7ea2\u8272\uff09\u548c\u6682\u505c\u8ba1\u65f6\u7684\u7533\u8bf7", None))
        self.openButton.setText(QCoreApplication.translate("TodayPage", u"\u67e5\u770b/\u5904\u7406\u2026", None))
        self.draftsLabel.setText(QCoreApplication.translate("TodayPage", u"\u8349\u7a3f\uff1a\u672a\u5b8c\u6210\u7684\u53d7\u7406\uff0c\u4efb\u4f55\u8425\u4e1a\u5458\u90fd\u53ef\u4ee5\u7ee7\u7eed\u529e\u7406", None))
        self.resumeDraftButton.setText(QCoreApplication.translate("TodayPage", u"\u7ee7\u7eed\u529e\u7406", None))
        self.discardDraftButton.setText(QCoreApplication.translate("TodayPage", u"\u4f5c\u5e9f\u8349\u7a3f", None))
        self.acceptedLabel.setText(QCoreApplication.translate("TodayPage", u"\u4eca\u65e5\u5df2\u53d7\u7406", None))
        self.refreshButton.setText(QCoreApplication.translate("TodayPage", u"\u5237\u65b0", None))
        self.reprintButton.setText(QCoreApplication.translate("TodayPage", u"\u91cd\u6253\u53d7\u7406\u56de\u6267", None))
        pass
    # retranslateUi

