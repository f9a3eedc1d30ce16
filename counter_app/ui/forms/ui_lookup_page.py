# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lookup_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_LookupPage(object):
    def setupUi(self, LookupPage):
        if not LookupPage.objectName():
            LookupPage.setObjectName(u"LookupPage")
        LookupPage.resize(900, 640)
        self.mainLayout = QVBoxLayout(LookupPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(LookupPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(LookupPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchButton = QPushButton(LookupPage)
        self.searchButton.setObjectName(u"searchButton")
        self.searchButton.setAutoDefault(False)

        self.searchLayout.addWidget(self.searchButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.messageLabel = QLabel(LookupPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(LookupPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.resultsTable = QTableWidget(self.splitter)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.resultsTable)
        self.detailView = QTextBrowser(self.splitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenLinks(False)
        self.splitter.addWidget(self.detailView)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.detailView)

        self.retranslateUi(LookupPage)

        QMetaObject.connectSlotsByName(LookupPage)
    # setupUi

    def retranslateUi(self, LookupPage):
        self.titleLabel.setText(QCoreApplication.translate("LookupPage", u"\u4fbf\u6377\u67e5\u8be2", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LookupPage", u"\u53d7\u7406\u7f16\u53f7\u3001\u6237\u53f7\u3001\u8bc1\u4ef6\u53f7\u7801\u3001\u624b\u673a\u53f7\u7801\uff0c\u6216\u59d3\u540d/\u5730\u5740\u7684\u4e00\u90e8\u5206", None))
        self.searchButton.setText(QCoreApplication.translate("LookupPage", u"\u67e5\u8be2", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

