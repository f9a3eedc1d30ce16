# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'announcements_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AnnouncementsPage(object):
    def setupUi(self, AnnouncementsPage):
        if not AnnouncementsPage.objectName():
            AnnouncementsPage.setObjectName(u"AnnouncementsPage")
        AnnouncementsPage.resize(900, 600)
        self.mainLayout = QVBoxLayout(AnnouncementsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AnnouncementsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.summaryLabel = QLabel(AnnouncementsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterLayout.addWidget(self.summaryLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.pastCheck = QCheckBox(AnnouncementsPage)
        self.pastCheck.setObjectName(u"pastCheck")

        self.filterLayout.addWidget(self.pastCheck)


        self.mainLayout.addLayout(self.filterLayout)

        self.noticesTable = QTableWidget(AnnouncementsPage)
        self.noticesTable.setObjectName(u"noticesTable")
        self.noticesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.noticesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.noticesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.noticesTable)

        self.detailLabel = QLabel(AnnouncementsPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.detailLabel)

        self.messageLabel = QLabel(AnnouncementsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(AnnouncementsPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.newButton)

        self.endButton = QPushButton(AnnouncementsPage)
        self.endButton.setObjectName(u"endButton")
        self.endButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.endButton)

        self.withdrawButton = QPushButton(AnnouncementsPage)
        self.withdrawButton.setObjectName(u"withdrawButton")
        self.withdrawButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.withdrawButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(AnnouncementsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.refreshButton)

        self.printButton = QPushButton(AnnouncementsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(AnnouncementsPage)

        QMetaObject.connectSlotsByName(AnnouncementsPage)
    # setupUi

    def retranslateUi(self, AnnouncementsPage):
        self.titleLabel.setText(QCoreApplication.translate("AnnouncementsPage", u"\u516c\u544a\uff08\u505c\u7535\u901a\u77e5\u4e0e\u670d\u52a1\u516c\u544a\uff09", None))
        self.summaryLabel.setText("")
        self.pastCheck.setText(QCoreApplication.translate("AnnouncementsPage", u"\u663e\u793a\u5df2\u7ed3\u675f\u548c\u5df2\u64a4\u56de\u7684\u516c\u544a(&H)", None))
        self.detailLabel.setText("")
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("AnnouncementsPage", u"\u53d1\u5e03\u516c\u544a(&N)", None))
        self.endButton.setText(QCoreApplication.translate("AnnouncementsPage", u"\u4fee\u6539\u7ed3\u675f\u65f6\u95f4(&E)", None))
        self.withdrawButton.setText(QCoreApplication.translate("AnnouncementsPage", u"\u64a4\u56de(&W)", None))
        self.refreshButton.setText(QCoreApplication.translate("AnnouncementsPage", u"\u5237\u65b0", None))
        self.printButton.setText(QCoreApplication.translate("AnnouncementsPage", u"\u6253\u5370\u516c\u544a(&P)", None))
        pass
    # retranslateUi

