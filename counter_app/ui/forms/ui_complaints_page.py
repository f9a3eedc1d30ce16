# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        ComplaintsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ComplaintsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ComplaintsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(ComplaintsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(ComplaintsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ComplaintsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.kindLabel = QLabel(ComplaintsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ComplaintsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.overdueCheck = QCheckBox(ComplaintsPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(ComplaintsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.filterLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.listLabel = QLabel(ComplaintsPage)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.listLabel)

        self.complaintsTable = QTableWidget(ComplaintsPage)
        self.complaintsTable.setObjectName(u"complaintsTable")
        self.complaintsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaintsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaintsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaintsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.complaintsTable)

        self.messageLabel = QLabel(ComplaintsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.newButton = QPushButton(ComplaintsPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ComplaintsPage)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.complaintsTable)
        QWidget.setTabOrder(self.complaintsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        self.titleLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u6295\u8bc9\u610f\u89c1", None))
        self.summaryLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u72b6\u6001(&S)", None))
        self.kindLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u7c7b\u578b(&K)", None))
        self.overdueCheck.setText(QCoreApplication.translate("ComplaintsPage", u"\u53ea\u770b\u8d85\u671f(&O)", None))
        self.refreshButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u5237\u65b0", None))
        self.listLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u6295\u8bc9\u3001\u8bc4\u4ef7\u56de\u8bbf\u548c\u8d70\u8bbf\u53d1\u73b0\u7684\u95ee\u9898\uff08\u8d85\u671f\u7684\u4e3a\u7ea2\u8272\uff09\uff1a\u672a\u6309\u65f6\u8054\u7cfb\u5ba2\u6237\uff0c\u6216\u672a\u6309\u65f6\u7b54\u590d\u5904\u7406\u610f\u89c1", None))
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u65b0\u5efa\u6295\u8bc9\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u67e5\u770b/\u5904\u7406\u2026", None))
        pass
    # retranslateUi

