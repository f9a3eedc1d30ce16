# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PaymentPage(object):
    def setupUi(self, PaymentPage):
        if not PaymentPage.objectName():
            PaymentPage.setObjectName(u"PaymentPage")
        PaymentPage.resize(1000, 620)
        self.mainLayout = QVBoxLayout(PaymentPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(PaymentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.itemsColumn = QVBoxLayout()
        self.itemsColumn.setObjectName(u"itemsColumn")
        self.accountLayout = QHBoxLayout()
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLabel = QLabel(PaymentPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.accountLayout.addWidget(self.accountLabel)

        self.accountEdit = QLineEdit(PaymentPage)
        self.accountEdit.setObjectName(u"accountEdit")

        self.accountLayout.addWidget(self.accountEdit)

        self.findButton = QPushButton(PaymentPage)
        self.findButton.setObjectName(u"findButton")
        self.findButton.setAutoDefault(False)

        self.accountLayout.addWidget(self.findButton)

        self.explainButton = QPushButton(PaymentPage)
        self.explainButton.setObjectName(u"explainButton")
        self.explainButton.setAutoDefault(False)

        self.accountLayout.addWidget(self.explainButton)


        self.itemsColumn.addLayout(self.accountLayout)

        self.infoLabel = QLabel(PaymentPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.itemsColumn.addWidget(self.infoLabel)

        self.billsTable = QTableWidget(PaymentPage)
        self.billsTable.setObjectName(u"billsTable")
        self.billsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.billsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.billsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.billsTable.setAlternatingRowColors(True)

        self.itemsColumn.addWidget(self.billsTable)

        self.amountForm = QFormLayout()
        self.amountForm.setObjectName(u"amountForm")
        self.arrearsAmountLabel = QLabel(PaymentPage)
        self.arrearsAmountLabel.setObjectName(u"arrearsAmountLabel")

        self.amountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrearsAmountLabel)

        self.amountsLayout = QHBoxLayout()
        self.amountsLayout.setObjectName(u"amountsLayout")
        self.arrearsAmountEdit = QLineEdit(PaymentPage)
        self.arrearsAmountEdit.setObjectName(u"arrearsAmountEdit")

        self.amountsLayout.addWidget(self.arrearsAmountEdit)

        self.prepaymentLabel = QLabel(PaymentPage)
        self.prepaymentLabel.setObjectName(u"prepaymentLabel")

        self.amountsLayout.addWidget(self.prepaymentLabel)

        self.prepaymentEdit = QLineEdit(PaymentPage)
        self.prepaymentEdit.setObjectName(u"prepaymentEdit")

        self.amountsLayout.addWidget(self.prepaymentEdit)


        self.amountForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountsLayout)

        self.feeLabel = QLabel(PaymentPage)
        self.feeLabel.setObjectName(u"feeLabel")

        self.amountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeLayout = QHBoxLayout()
        self.feeLayout.setObjectName(u"feeLayout")
        self.feeCombo = QComboBox(PaymentPage)
        self.feeCombo.setObjectName(u"feeCombo")

        self.feeLayout.addWidget(self.feeCombo)

        self.quantityEdit = QLineEdit(PaymentPage)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaximumSize(QSize(90, 16777215))

        self.feeLayout.addWidget(self.quantityEdit)

        self.addFeeButton = QPushButton(PaymentPage)
        self.addFeeButton.setObjectName(u"addFeeButton")
        self.addFeeButton.setAutoDefault(False)

        self.feeLayout.addWidget(self.addFeeButton)

        self.feeLayout.setStretch(0, 1)

        self.amountForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.feeLayout)


        self.itemsColumn.addLayout(self.amountForm)

        self.feesLayout = QHBoxLayout()
        self.feesLayout.setObjectName(u"feesLayout")
        self.feesList = QListWidget(PaymentPage)
        self.feesList.setObjectName(u"feesList")
        self.feesList.setMaximumSize(QSize(16777215, 80))

        self.feesLayout.addWidget(self.feesList)

        self.removeFeeButton = QPushButton(PaymentPage)
        self.removeFeeButton.setObjectName(u"removeFeeButton")
        self.removeFeeButton.setAutoDefault(False)

        self.feesLayout.addWidget(self.removeFeeButton)


        self.itemsColumn.addLayout(self.feesLayout)

        self.quoteView = QTextBrowser(PaymentPage)
        self.quoteView.setObjectName(u"quoteView")

        self.itemsColumn.addWidget(self.quoteView)

        self.itemsColumn.setStretch(2, 2)
        self.itemsColumn.setStretch(5, 3)

        self.columnsLayout.addLayout(self.itemsColumn)

        self.totalPanel = QFrame(PaymentPage)
        self.totalPanel.setObjectName(u"totalPanel")
        self.totalPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.totalLayout = QVBoxLayout(self.totalPanel)
        self.totalLayout.setObjectName(u"totalLayout")
        self.methodForm = QFormLayout()
        self.methodForm.setObjectName(u"methodForm")
        self.methodLabel = QLabel(self.totalPanel)
        self.methodLabel.setObjectName(u"methodLabel")

        self.methodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.totalPanel)
        self.methodCombo.setObjectName(u"methodCombo")

        self.methodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.referenceLabel = QLabel(self.totalPanel)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.methodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.totalPanel)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.methodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.totalLayout.addLayout(self.methodForm)

        self.totalCaption = QLabel(self.totalPanel)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalLayout.addWidget(self.totalCaption)

        self.totalLabel = QLabel(self.totalPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalLayout.addWidget(self.totalLabel)

        self.wordsLabel = QLabel(self.totalPanel)
        self.wordsLabel.setObjectName(u"wordsLabel")
        self.wordsLabel.setWordWrap(True)

        self.totalLayout.addWidget(self.wordsLabel)

        self.tenderedLabel = QLabel(self.totalPanel)
        self.tenderedLabel.setObjectName(u"tenderedLabel")

        self.totalLayout.addWidget(self.tenderedLabel)

        self.tenderedEdit = QLineEdit(self.totalPanel)
        self.tenderedEdit.setObjectName(u"tenderedEdit")
        self.tenderedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalLayout.addWidget(self.tenderedEdit)

        self.changeCaption = QLabel(self.totalPanel)
        self.changeCaption.setObjectName(u"changeCaption")

        self.totalLayout.addWidget(self.changeCaption)

        self.changeLabel = QLabel(self.totalPanel)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalLayout.addWidget(self.changeLabel)

        self.totalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalLayout.addItem(self.totalSpacer)

        self.supervisorButton = QPushButton(self.totalPanel)
        self.supervisorButton.setObjectName(u"supervisorButton")
        self.supervisorButton.setAutoDefault(False)

        self.totalLayout.addWidget(self.supervisorButton)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.clearButton = QPushButton(self.totalPanel)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.clearButton)

        self.confirmButton = QPushButton(self.totalPanel)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonLayout.addWidget(self.confirmButton)


        self.totalLayout.addLayout(self.buttonLayout)


        self.columnsLayout.addWidget(self.totalPanel)

        self.columnsLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(PaymentPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountEdit)
        self.arrearsAmountLabel.setBuddy(self.arrearsAmountEdit)
        self.prepaymentLabel.setBuddy(self.prepaymentEdit)
        self.feeLabel.setBuddy(self.feeCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.tenderedLabel.setBuddy(self.tenderedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.billsTable)
        QWidget.setTabOrder(self.billsTable, self.arrearsAmountEdit)
        QWidget.setTabOrder(self.arrearsAmountEdit, self.prepaymentEdit)
        QWidget.setTabOrder(self.prepaymentEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.tenderedEdit)
        QWidget.setTabOrder(self.tenderedEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.supervisorButton)
        QWidget.setTabOrder(self.supervisorButton, self.feeCombo)
        QWidget.setTabOrder(self.feeCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.addFeeButton)
        QWidget.setTabOrder(self.addFeeButton, self.feesList)
        QWidget.setTabOrder(self.feesList, self.removeFeeButton)
        QWidget.setTabOrder(self.removeFeeButton, self.quoteView)
        QWidget.setTabOrder(self.quoteView, self.explainButton)

        self.retranslateUi(PaymentPage)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(PaymentPage)
    # setupUi

    def retranslateUi(self, PaymentPage):
        self.titleLabel.setText(QCoreApplication.translate("PaymentPage", u"\u6536\u8d39", None))
        self.accountLabel.setText(QCoreApplication.translate("PaymentPage", u"\u6237\u53f7(&H)", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u8f93\u5165\u6237\u53f7\u540e\u6309\u56de\u8f66\uff1b\u4e0d\u77e5\u9053\u6237\u53f7\u53ef\u5728\u201c\u4fbf\u6377\u67e5\u8be2\u201d\u4e2d\u67e5\u627e", None))
        self.findButton.setText(QCoreApplication.translate("PaymentPage", u"\u67e5\u8be2\u6b20\u8d39", None))
        self.explainButton.setText(QCoreApplication.translate("PaymentPage", u"\u7535\u8d39\u6784\u6210\u8bf4\u660e\u2026", None))
        self.infoLabel.setText("")
        self.arrearsAmountLabel.setText(QCoreApplication.translate("PaymentPage", u"\u7f34\u7eb3\u7535\u8d39(\u5143)(&A)", None))
        self.arrearsAmountEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u52fe\u9009\u6708\u4efd\u81ea\u52a8\u8ba1\u7b97\uff0c\u4e5f\u53ef\u8f93\u5165\u90e8\u5206\u91d1\u989d", None))
        self.prepaymentLabel.setText(QCoreApplication.translate("PaymentPage", u"\u9884\u5b58\u7535\u8d39(\u5143)(&Y)", None))
        self.prepaymentEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"0.00", None))
        self.feeLabel.setText(QCoreApplication.translate("PaymentPage", u"\u4e1a\u52a1\u8d39(&B)", None))
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u6570\u91cf", None))
        self.addFeeButton.setText(QCoreApplication.translate("PaymentPage", u"\u6dfb\u52a0", None))
        self.removeFeeButton.setText(QCoreApplication.translate("PaymentPage", u"\u79fb\u9664\u4e1a\u52a1\u8d39", None))
        self.methodLabel.setText(QCoreApplication.translate("PaymentPage", u"\u652f\u4ed8\u65b9\u5f0f(&M)", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentPage", u"\u4ea4\u6613\u53c2\u8003\u53f7(&R)", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u94f6\u884c\u5361/\u79fb\u52a8\u652f\u4ed8\u5fc5\u586b", None))
        self.totalCaption.setText(QCoreApplication.translate("PaymentPage", u"\u5408\u8ba1(\u5143)", None))
        self.totalLabel.setText("")
        self.wordsLabel.setText("")
        self.tenderedLabel.setText(QCoreApplication.translate("PaymentPage", u"\u5b9e\u6536\u73b0\u91d1(\u5143)(&T)", None))
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u5ba2\u6237\u4ea4\u6765\u7684\u73b0\u91d1", None))
        self.changeCaption.setText(QCoreApplication.translate("PaymentPage", u"\u627e\u96f6(\u5143)", None))
        self.changeLabel.setText("")
        self.supervisorButton.setText(QCoreApplication.translate("PaymentPage", u"\u503c\u73ed\u957f\u5904\u7406\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("PaymentPage", u"\u6e05\u7a7a", None))
        self.confirmButton.setText(QCoreApplication.translate("PaymentPage", u"\u786e\u8ba4\u6536\u8d39", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

