# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        VisitsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(VisitsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(VisitsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(VisitsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(VisitsPage)
        self.tabs.setObjectName(u"tabs")
        self.mineTab = QWidget()
        self.mineTab.setObjectName(u"mineTab")
        self.mineLayout = QVBoxLayout(self.mineTab)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineButtons = QHBoxLayout()
        self.mineButtons.setObjectName(u"mineButtons")
        self.mineLabel = QLabel(self.mineTab)
        self.mineLabel.setObjectName(u"mineLabel")

        self.mineButtons.addWidget(self.mineLabel)

        self.mineButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mineButtons.addItem(self.mineButtonsSpacer)

        self.enterButton = QPushButton(self.mineTab)
        self.enterButton.setObjectName(u"enterButton")
        self.enterButton.setAutoDefault(False)

        self.mineButtons.addWidget(self.enterButton)


        self.mineLayout.addLayout(self.mineButtons)

        self.targetsTable = QTableWidget(self.mineTab)
        self.targetsTable.setObjectName(u"targetsTable")
        self.targetsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targetsTable.setAlternatingRowColors(True)

        self.mineLayout.addWidget(self.targetsTable)

        self.tabs.addTab(self.mineTab, "")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansLayout = QVBoxLayout(self.plansTab)
        self.plansLayout.setObjectName(u"plansLayout")
        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.plansLabel = QLabel(self.plansTab)
        self.plansLabel.setObjectName(u"plansLabel")

        self.planButtons.addWidget(self.plansLabel)

        self.planButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planButtonsSpacer)

        self.newPlanButton = QPushButton(self.plansTab)
        self.newPlanButton.setObjectName(u"newPlanButton")
        self.newPlanButton.setAutoDefault(False)

        self.planButtons.addWidget(self.newPlanButton)

        self.printButton = QPushButton(self.plansTab)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.planButtons.addWidget(self.printButton)


        self.plansLayout.addLayout(self.planButtons)

        self.plansTable = QTableWidget(self.plansTab)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setAlternatingRowColors(True)

        self.plansLayout.addWidget(self.plansTable)

        self.planTargetsLabel = QLabel(self.plansTab)
        self.planTargetsLabel.setObjectName(u"planTargetsLabel")

        self.plansLayout.addWidget(self.planTargetsLabel)

        self.planTargetsTable = QTableWidget(self.plansTab)
        self.planTargetsTable.setObjectName(u"planTargetsTable")
        self.planTargetsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTargetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTargetsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTargetsTable.setAlternatingRowColors(True)

        self.plansLayout.addWidget(self.planTargetsTable)

        self.tabs.addTab(self.plansTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(VisitsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.refreshButton = QPushButton(VisitsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.tabs, self.enterButton)
        QWidget.setTabOrder(self.enterButton, self.targetsTable)
        QWidget.setTabOrder(self.targetsTable, self.newPlanButton)
        QWidget.setTabOrder(self.newPlanButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.plansTable)
        QWidget.setTabOrder(self.plansTable, self.planTargetsTable)
        QWidget.setTabOrder(self.planTargetsTable, self.refreshButton)

        self.retranslateUi(VisitsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.titleLabel.setText(QCoreApplication.translate("VisitsPage", u"\u8d70\u8bbf\u8c03\u67e5", None))
        self.summaryLabel.setText("")
        self.mineLabel.setText(QCoreApplication.translate("VisitsPage", u"\u5206\u914d\u7ed9\u6211\u3001\u5c1a\u672a\u8d70\u8bbf\u7684\u5ba2\u6237\uff1a\u5148\u5230\u671f\u7684\u5728\u524d\uff0c\u8d85\u671f\u7684\u4e3a\u7ea2\u8272", None))
        self.enterButton.setText(QCoreApplication.translate("VisitsPage", u"\u5f55\u5165\u8d70\u8bbf\u7ed3\u679c\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mineTab), QCoreApplication.translate("VisitsPage", u"\u6211\u7684\u8d70\u8bbf", None))
        self.plansLabel.setText(QCoreApplication.translate("VisitsPage", u"\u8d70\u8bbf\u8ba1\u5212\u548c\u5b8c\u6210\u8fdb\u5ea6\uff08\u6709\u8d85\u671f\u672a\u8d70\u8bbf\u7684\u4e3a\u7ea2\u8272\uff09", None))
        self.newPlanButton.setText(QCoreApplication.translate("VisitsPage", u"\u65b0\u5efa\u8ba1\u5212\u2026", None))
        self.printButton.setText(QCoreApplication.translate("VisitsPage", u"\u6253\u5370\u8d70\u8bbf\u8bb0\u5f55\u8868", None))
        self.planTargetsLabel.setText(QCoreApplication.translate("VisitsPage", u"\u6240\u9009\u8ba1\u5212\u7684\u5ba2\u6237", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("VisitsPage", u"\u8d70\u8bbf\u8ba1\u5212", None))
        self.messageLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("VisitsPage", u"\u5237\u65b0", None))
        pass
    # retranslateUi

