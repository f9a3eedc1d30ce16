# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1000, 700)
        self.mainLayout = QVBoxLayout(DashboardPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headLayout.addWidget(self.titleLabel)

        self.headSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headLayout.addItem(self.headSpacer)

        self.periodKindLabel = QLabel(DashboardPage)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.headLayout.addWidget(self.periodKindLabel)

        self.periodCombo = QComboBox(DashboardPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.headLayout.addWidget(self.periodCombo)

        self.dateEdit = QDateEdit(DashboardPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.headLayout.addWidget(self.dateEdit)

        self.todayButton = QPushButton(DashboardPage)
        self.todayButton.setObjectName(u"todayButton")
        self.todayButton.setAutoDefault(False)

        self.headLayout.addWidget(self.todayButton)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headLayout.addWidget(self.refreshButton)

        self.printButton = QPushButton(DashboardPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.headLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.headLayout)

        self.periodLabel = QLabel(DashboardPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.periodLabel)

        self.figuresFrame = QFrame(DashboardPage)
        self.figuresFrame.setObjectName(u"figuresFrame")
        self.figuresFrame.setStyleSheet(u"QFrame#figuresFrame { background: #f2f6fa; border: 1px solid #c8d3de; border-radius: 4px; }\n"
"QLabel[role=\"figureName\"] { color: #555555; font-size: 9pt; }\n"
"QLabel[role=\"figureValue\"] { color: #0b4f8a; font-size: 13pt; font-weight: bold; }\n"
"QLabel[role=\"figureValue\"][alert=\"true\"] { color: #b00020; }\n"
"QLabel[role=\"figureNote\"] { color: #555555; font-size: 8.5pt; }")
        self.figuresLayout = QGridLayout(self.figuresFrame)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setHorizontalSpacing(18)
        self.figuresLayout.setVerticalSpacing(2)

        self.mainLayout.addWidget(self.figuresFrame)

        self.splitter = QSplitter(DashboardPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tablesTabs = QTabWidget(self.splitter)
        self.tablesTabs.setObjectName(u"tablesTabs")
        self.clerksTab = QWidget()
        self.clerksTab.setObjectName(u"clerksTab")
        self.clerksLayout = QVBoxLayout(self.clerksTab)
        self.clerksLayout.setObjectName(u"clerksLayout")
        self.clerksLayout.setContentsMargins(0, 0, 0, 0)
        self.clerkTable = QTableWidget(self.clerksTab)
        self.clerkTable.setObjectName(u"clerkTable")
        self.clerkTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clerkTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clerkTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clerkTable.setAlternatingRowColors(True)

        self.clerksLayout.addWidget(self.clerkTable)

        self.tablesTabs.addTab(self.clerksTab, "")
        self.categoriesTab = QWidget()
        self.categoriesTab.setObjectName(u"categoriesTab")
        self.categoriesLayout = QVBoxLayout(self.categoriesTab)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesLayout.setContentsMargins(0, 0, 0, 0)
        self.categoryTable = QTableWidget(self.categoriesTab)
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoryTable.setAlternatingRowColors(True)

        self.categoriesLayout.addWidget(self.categoryTable)

        self.tablesTabs.addTab(self.categoriesTab, "")
        self.moneyTab = QWidget()
        self.moneyTab.setObjectName(u"moneyTab")
        self.moneyLayout = QHBoxLayout(self.moneyTab)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyLayout.setContentsMargins(0, 0, 0, 0)
        self.paymentTable = QTableWidget(self.moneyTab)
        self.paymentTable.setObjectName(u"paymentTable")
        self.paymentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paymentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.moneyLayout.addWidget(self.paymentTable)

        self.complaintTable = QTableWidget(self.moneyTab)
        self.complaintTable.setObjectName(u"complaintTable")
        self.complaintTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaintTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.moneyLayout.addWidget(self.complaintTable)

        self.tablesTabs.addTab(self.moneyTab, "")
        self.outreachTab = QWidget()
        self.outreachTab.setObjectName(u"outreachTab")
        self.outreachLayout = QVBoxLayout(self.outreachTab)
        self.outreachLayout.setSpacing(2)
        self.outreachLayout.setObjectName(u"outreachLayout")
        self.outreachLayout.setContentsMargins(0, 2, 0, 0)
        self.outreachLabel = QLabel(self.outreachTab)
        self.outreachLabel.setObjectName(u"outreachLabel")
        self.outreachLabel.setWordWrap(True)

        self.outreachLayout.addWidget(self.outreachLabel)

        self.outreachTables = QHBoxLayout()
        self.outreachTables.setObjectName(u"outreachTables")
        self.questionTable = QTableWidget(self.outreachTab)
        self.questionTable.setObjectName(u"questionTable")
        self.questionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionTable.setAlternatingRowColors(True)

        self.outreachTables.addWidget(self.questionTable)

        self.visitorTable = QTableWidget(self.outreachTab)
        self.visitorTable.setObjectName(u"visitorTable")
        self.visitorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitorTable.setAlternatingRowColors(True)

        self.outreachTables.addWidget(self.visitorTable)

        self.outreachTables.setStretch(0, 3)
        self.outreachTables.setStretch(1, 2)

        self.outreachLayout.addLayout(self.outreachTables)

        self.tablesTabs.addTab(self.outreachTab, "")
        self.splitter.addWidget(self.tablesTabs)
        self.chartsBox = QWidget(self.splitter)
        self.chartsBox.setObjectName(u"chartsBox")
        self.chartsLayout = QHBoxLayout(self.chartsBox)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartsBox)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(DashboardPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.periodKindLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPage)

        self.tablesTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"\u6307\u6807\u770b\u677f", None))
        self.periodKindLabel.setText(QCoreApplication.translate("DashboardPage", u"\u7edf\u8ba1\u5468\u671f(&P)", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DashboardPage", u"yyyy-MM-dd", None))
        self.todayButton.setText(QCoreApplication.translate("DashboardPage", u"\u4eca\u5929", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"\u5237\u65b0(&R)", None))
        self.printButton.setText(QCoreApplication.translate("DashboardPage", u"\u6253\u5370\u62a5\u8868", None))
        self.periodLabel.setText("")
        self.tablesTabs.setTabText(self.tablesTabs.indexOf(self.clerksTab), QCoreApplication.translate("DashboardPage", u"\u5458\u5de5\u7ee9\u6548\uff08\u5c97\u4f4d\u8d23\u4efb\u5236\uff09", None))
        self.tablesTabs.setTabText(self.tablesTabs.indexOf(self.categoriesTab), QCoreApplication.translate("DashboardPage", u"\u7b49\u5019\u4e0e\u529e\u7406\u65f6\u957f", None))
        self.tablesTabs.setTabText(self.tablesTabs.indexOf(self.moneyTab), QCoreApplication.translate("DashboardPage", u"\u6536\u8d39\u4e0e\u6295\u8bc9", None))
        self.outreachLabel.setText("")
        self.tablesTabs.setTabText(self.tablesTabs.indexOf(self.outreachTab), QCoreApplication.translate("DashboardPage", u"\u8d70\u8bbf\u8c03\u67e5", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

