# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(700, 480)
        self.mainLayout = QVBoxLayout(UsersPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(UsersPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(UsersPage)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.addButton)

        self.toggleButton = QPushButton(UsersPage)
        self.toggleButton.setObjectName(u"toggleButton")
        self.toggleButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.toggleButton)

        self.resetButton = QPushButton(UsersPage)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.resetButton)

        self.renameButton = QPushButton(UsersPage)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.renameButton)

        self.hallButton = QPushButton(UsersPage)
        self.hallButton.setObjectName(u"hallButton")
        self.hallButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.hallButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)


        self.mainLayout.addLayout(self.toolLayout)

        self.importLayout = QHBoxLayout()
        self.importLayout.setObjectName(u"importLayout")
        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importLayout.addItem(self.importSpacer)

        self.calendarButton = QPushButton(UsersPage)
        self.calendarButton.setObjectName(u"calendarButton")
        self.calendarButton.setAutoDefault(False)

        self.importLayout.addWidget(self.calendarButton)

        self.arrearsButton = QPushButton(UsersPage)
        self.arrearsButton.setObjectName(u"arrearsButton")
        self.arrearsButton.setAutoDefault(False)

        self.importLayout.addWidget(self.arrearsButton)

        self.feesButton = QPushButton(UsersPage)
        self.feesButton.setObjectName(u"feesButton")
        self.feesButton.setAutoDefault(False)

        self.importLayout.addWidget(self.feesButton)


        self.mainLayout.addLayout(self.importLayout)

        self.usersTable = QTableWidget(UsersPage)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.usersTable)


        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.titleLabel.setText(QCoreApplication.translate("UsersPage", u"\u7cfb\u7edf\u7ba1\u7406", None))
        self.addButton.setText(QCoreApplication.translate("UsersPage", u"\u65b0\u589e\u7528\u6237\u2026", None))
        self.toggleButton.setText(QCoreApplication.translate("UsersPage", u"\u505c\u7528/\u542f\u7528", None))
        self.resetButton.setText(QCoreApplication.translate("UsersPage", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("UsersPage", u"\u6539\u59d3\u540d\u2026", None))
        self.hallButton.setText(QCoreApplication.translate("UsersPage", u"\u8425\u4e1a\u5385\u4fe1\u606f\u2026", None))
        self.calendarButton.setText(QCoreApplication.translate("UsersPage", u"\u5bfc\u5165\u5de5\u4f5c\u65e5\u5386\u2026", None))
        self.arrearsButton.setText(QCoreApplication.translate("UsersPage", u"\u5bfc\u5165\u6b20\u8d39\u6e05\u5355\u2026", None))
        self.feesButton.setText(QCoreApplication.translate("UsersPage", u"\u5bfc\u5165\u6536\u8d39\u6807\u51c6\u2026", None))
        pass
    # retranslateUi

