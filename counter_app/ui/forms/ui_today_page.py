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
        TodayPage.resize(700, 480)
        self.mainLayout = QVBoxLayout(TodayPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TodayPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(TodayPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.applicationsTable = QTableWidget(TodayPage)
        self.applicationsTable.setObjectName(u"applicationsTable")
        self.applicationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.applicationsTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
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


        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.titleLabel.setText(QCoreApplication.translate("TodayPage", u"\u4eca\u65e5\u5de5\u4f5c", None))
        self.summaryLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("TodayPage", u"\u5237\u65b0", None))
        self.reprintButton.setText(QCoreApplication.translate("TodayPage", u"\u91cd\u6253\u53d7\u7406\u56de\u6267", None))
        pass
    # retranslateUi

