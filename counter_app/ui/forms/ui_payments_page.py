# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payments_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PaymentsPage(object):
    def setupUi(self, PaymentsPage):
        if not PaymentsPage.objectName():
            PaymentsPage.setObjectName(u"PaymentsPage")
        PaymentsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(PaymentsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(PaymentsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.receiptEdit = QLineEdit(PaymentsPage)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.searchLayout.addWidget(self.receiptEdit)

        self.accountEdit = QLineEdit(PaymentsPage)
        self.accountEdit.setObjectName(u"accountEdit")

        self.searchLayout.addWidget(self.accountEdit)

        self.dayCheck = QCheckBox(PaymentsPage)
        self.dayCheck.setObjectName(u"dayCheck")
        self.dayCheck.setChecked(True)

        self.searchLayout.addWidget(self.dayCheck)

        self.dayEdit = QDateEdit(PaymentsPage)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.searchLayout.addWidget(self.dayEdit)

        self.clerkCombo = QComboBox(PaymentsPage)
        self.clerkCombo.setObjectName(u"clerkCombo")

        self.searchLayout.addWidget(self.clerkCombo)

        self.searchButton = QPushButton(PaymentsPage)
        self.searchButton.setObjectName(u"searchButton")

        self.searchLayout.addWidget(self.searchButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.paymentsTable = QTableWidget(PaymentsPage)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.paymentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.paymentsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.paymentsTable)

        self.messageLabel = QLabel(PaymentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.testPageButton = QPushButton(PaymentsPage)
        self.testPageButton.setObjectName(u"testPageButton")
        self.testPageButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.testPageButton)

        self.printButton = QPushButton(PaymentsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.reprintButton = QPushButton(PaymentsPage)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.reprintButton)

        self.voidButton = QPushButton(PaymentsPage)
        self.voidButton.setObjectName(u"voidButton")
        self.voidButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.voidButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PaymentsPage)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(PaymentsPage)
    # setupUi

    def retranslateUi(self, PaymentsPage):
        self.titleLabel.setText(QCoreApplication.translate("PaymentsPage", u"\u6536\u8d39\u8bb0\u5f55", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("PaymentsPage", u"\u6536\u636e\u53f7", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("PaymentsPage", u"\u6237\u53f7", None))
        self.dayCheck.setText(QCoreApplication.translate("PaymentsPage", u"\u65e5\u671f", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("PaymentsPage", u"yyyy-MM-dd", None))
        self.searchButton.setText(QCoreApplication.translate("PaymentsPage", u"\u67e5\u8be2", None))
        self.messageLabel.setText("")
        self.testPageButton.setText(QCoreApplication.translate("PaymentsPage", u"\u6253\u5370\u6d4b\u8bd5\u9875", None))
        self.printButton.setText(QCoreApplication.translate("PaymentsPage", u"\u6253\u5370\u6536\u636e", None))
        self.reprintButton.setText(QCoreApplication.translate("PaymentsPage", u"\u8865\u6253\u2026", None))
        self.voidButton.setText(QCoreApplication.translate("PaymentsPage", u"\u4f5c\u5e9f\u2026", None))
        pass
    # retranslateUi

