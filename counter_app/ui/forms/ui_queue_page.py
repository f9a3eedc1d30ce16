# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QueuePage(object):
    def setupUi(self, QueuePage):
        if not QueuePage.objectName():
            QueuePage.setObjectName(u"QueuePage")
        QueuePage.resize(1000, 700)
        self.mainLayout = QVBoxLayout(QueuePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(QueuePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(QueuePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.currentGroup = QGroupBox(QueuePage)
        self.currentGroup.setObjectName(u"currentGroup")
        self.currentLayout = QVBoxLayout(self.currentGroup)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentLabel = QLabel(self.currentGroup)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.currentLayout.addWidget(self.currentLabel)

        self.itemsList = QListWidget(self.currentGroup)
        self.itemsList.setObjectName(u"itemsList")

        self.currentLayout.addWidget(self.itemsList)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.outcomeLabel = QLabel(self.currentGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.endLayout.addWidget(self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.currentGroup)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.endLayout.addWidget(self.outcomeCombo)

        self.endSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endLayout.addItem(self.endSpacer)

        self.endButton = QPushButton(self.currentGroup)
        self.endButton.setObjectName(u"endButton")
        self.endButton.setAutoDefault(False)

        self.endLayout.addWidget(self.endButton)


        self.currentLayout.addLayout(self.endLayout)


        self.mainLayout.addWidget(self.currentGroup)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.callNextButton = QPushButton(QueuePage)
        self.callNextButton.setObjectName(u"callNextButton")

        self.actionLayout.addWidget(self.callNextButton)

        self.recallButton = QPushButton(QueuePage)
        self.recallButton.setObjectName(u"recallButton")
        self.recallButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.recallButton)

        self.noShowButton = QPushButton(QueuePage)
        self.noShowButton.setObjectName(u"noShowButton")
        self.noShowButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.noShowButton)

        self.transferButton = QPushButton(QueuePage)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.transferButton)

        self.walkInButton = QPushButton(QueuePage)
        self.walkInButton.setObjectName(u"walkInButton")
        self.walkInButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.walkInButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionLayout)

        self.waitingLabel = QLabel(QueuePage)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.mainLayout.addWidget(self.waitingLabel)

        self.waitingTable = QTableWidget(QueuePage)
        self.waitingTable.setObjectName(u"waitingTable")
        self.waitingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitingTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.waitingTable)

        self.ticketLayout = QHBoxLayout()
        self.ticketLayout.setObjectName(u"ticketLayout")
        self.ticketLabel = QLabel(QueuePage)
        self.ticketLabel.setObjectName(u"ticketLabel")

        self.ticketLayout.addWidget(self.ticketLabel)

        self.ticketCategoryCombo = QComboBox(QueuePage)
        self.ticketCategoryCombo.setObjectName(u"ticketCategoryCombo")

        self.ticketLayout.addWidget(self.ticketCategoryCombo)

        self.issueButton = QPushButton(QueuePage)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setAutoDefault(False)

        self.ticketLayout.addWidget(self.issueButton)

        self.ticketSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ticketLayout.addItem(self.ticketSpacer)


        self.mainLayout.addLayout(self.ticketLayout)

        self.messageLabel = QLabel(QueuePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(QueuePage)

        self.callNextButton.setDefault(True)


        QMetaObject.connectSlotsByName(QueuePage)
    # setupUi

    def retranslateUi(self, QueuePage):
        self.titleLabel.setText(QCoreApplication.translate("QueuePage", u"\u6392\u961f\u53eb\u53f7", None))
        self.statusLabel.setText("")
        self.currentGroup.setTitle(QCoreApplication.translate("QueuePage", u"\u5f53\u524d\u63a5\u5f85", None))
        self.currentLabel.setText(QCoreApplication.translate("QueuePage", u"\u5f53\u524d\u6ca1\u6709\u63a5\u5f85\u4e2d\u7684\u5ba2\u6237\u3002", None))
        self.outcomeLabel.setText(QCoreApplication.translate("QueuePage", u"\u529e\u7406\u7ed3\u679c", None))
        self.endButton.setText(QCoreApplication.translate("QueuePage", u"\u7ed3\u675f\u63a5\u5f85\u5e76\u8bf7\u5ba2\u6237\u8bc4\u4ef7", None))
        self.callNextButton.setText(QCoreApplication.translate("QueuePage", u"\u53eb\u4e0b\u4e00\u4f4d", None))
        self.recallButton.setText(QCoreApplication.translate("QueuePage", u"\u91cd\u547c", None))
        self.noShowButton.setText(QCoreApplication.translate("QueuePage", u"\u8fc7\u53f7", None))
        self.transferButton.setText(QCoreApplication.translate("QueuePage", u"\u8f6c\u7c7b\u522b\u2026", None))
        self.walkInButton.setText(QCoreApplication.translate("QueuePage", u"\u65e0\u53f7\u63a5\u5f85\u2026", None))
        self.waitingLabel.setText(QCoreApplication.translate("QueuePage", u"\u7b49\u5019\u4e2d\u7684\u53f7\u7968", None))
        self.ticketLabel.setText(QCoreApplication.translate("QueuePage", u"\u53d6\u53f7", None))
        self.issueButton.setText(QCoreApplication.translate("QueuePage", u"\u53d6\u53f7\u5e76\u6253\u5370\u53f7\u7968", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

