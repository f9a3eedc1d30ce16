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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_PaymentPage(object):
    def setupUi(self, PaymentPage):
        if not PaymentPage.objectName():
            PaymentPage.setObjectName(u"PaymentPage")
        PaymentPage.resize(1000, 720)
        self.mainLayout = QVBoxLayout(PaymentPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(PaymentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

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


        self.mainLayout.addLayout(self.accountLayout)

        self.infoLabel = QLabel(PaymentPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.billsTable = QTableWidget(PaymentPage)
        self.billsTable.setObjectName(u"billsTable")
        self.billsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.billsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.billsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.billsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.billsTable)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.amountForm = QFormLayout()
        self.amountForm.setObjectName(u"amountForm")
        self.arrearsAmountLabel = QLabel(PaymentPage)
        self.arrearsAmountLabel.setObjectName(u"arrearsAmountLabel")

        self.amountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrearsAmountLabel)

        self.arrearsAmountEdit = QLineEdit(PaymentPage)
        self.arrearsAmountEdit.setObjectName(u"arrearsAmountEdit")

        self.amountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrearsAmountEdit)

        self.prepaymentLabel = QLabel(PaymentPage)
        self.prepaymentLabel.setObjectName(u"prepaymentLabel")

        self.amountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prepaymentLabel)

        self.prepaymentEdit = QLineEdit(PaymentPage)
        self.prepaymentEdit.setObjectName(u"prepaymentEdit")

        self.amountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prepaymentEdit)

        self.feeLabel = QLabel(PaymentPage)
        self.feeLabel.setObjectName(u"feeLabel")

        self.amountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeLayout = QHBoxLayout()
        self.feeLayout.setObjectName(u"feeLayout")
        self.feeCombo = QComboBox(PaymentPage)
        self.feeCombo.setObjectName(u"feeCombo")

        self.feeLayout.addWidget(self.feeCombo)

        self.quantityEdit = QLineEdit(PaymentPage)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.feeLayout.addWidget(self.quantityEdit)

        self.addFeeButton = QPushButton(PaymentPage)
        self.addFeeButton.setObjectName(u"addFeeButton")
        self.addFeeButton.setAutoDefault(False)

        self.feeLayout.addWidget(self.addFeeButton)


        self.amountForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.feeLayout)


        self.entryLayout.addLayout(self.amountForm)

        self.methodForm = QFormLayout()
        self.methodForm.setObjectName(u"methodForm")
        self.methodLabel = QLabel(PaymentPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.methodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(PaymentPage)
        self.methodCombo.setObjectName(u"methodCombo")

        self.methodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.tenderedLabel = QLabel(PaymentPage)
        self.tenderedLabel.setObjectName(u"tenderedLabel")

        self.methodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tenderedLabel)

        self.tenderedEdit = QLineEdit(PaymentPage)
        self.tenderedEdit.setObjectName(u"tenderedEdit")

        self.methodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tenderedEdit)

        self.referenceLabel = QLabel(PaymentPage)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.methodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PaymentPage)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.methodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.entryLayout.addLayout(self.methodForm)


        self.mainLayout.addLayout(self.entryLayout)

        self.feesLayout = QHBoxLayout()
        self.feesLayout.setObjectName(u"feesLayout")
        self.feesList = QListWidget(PaymentPage)
        self.feesList.setObjectName(u"feesList")

        self.feesLayout.addWidget(self.feesList)

        self.removeFeeButton = QPushButton(PaymentPage)
        self.removeFeeButton.setObjectName(u"removeFeeButton")
        self.removeFeeButton.setAutoDefault(False)

        self.feesLayout.addWidget(self.removeFeeButton)


        self.mainLayout.addLayout(self.feesLayout)

        self.quoteView = QTextBrowser(PaymentPage)
        self.quoteView.setObjectName(u"quoteView")

        self.mainLayout.addWidget(self.quoteView)

        self.messageLabel = QLabel(PaymentPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.clearButton = QPushButton(PaymentPage)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.clearButton)

        self.confirmButton = QPushButton(PaymentPage)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonLayout.addWidget(self.confirmButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountEdit)
        self.arrearsAmountLabel.setBuddy(self.arrearsAmountEdit)
        self.prepaymentLabel.setBuddy(self.prepaymentEdit)
        self.feeLabel.setBuddy(self.feeCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.tenderedLabel.setBuddy(self.tenderedEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
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
        QWidget.setTabOrder(self.clearButton, self.feeCombo)
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
        self.methodLabel.setText(QCoreApplication.translate("PaymentPage", u"\u652f\u4ed8\u65b9\u5f0f(&M)", None))
        self.tenderedLabel.setText(QCoreApplication.translate("PaymentPage", u"\u5b9e\u6536\u73b0\u91d1(\u5143)(&T)", None))
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u5ba2\u6237\u4ea4\u6765\u7684\u73b0\u91d1", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentPage", u"\u4ea4\u6613\u53c2\u8003\u53f7(&R)", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaymentPage", u"\u94f6\u884c\u5361/\u79fb\u52a8\u652f\u4ed8\u5fc5\u586b", None))
        self.removeFeeButton.setText(QCoreApplication.translate("PaymentPage", u"\u79fb\u9664\u4e1a\u52a1\u8d39", None))
        self.messageLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("PaymentPage", u"\u6e05\u7a7a", None))
        self.confirmButton.setText(QCoreApplication.translate("PaymentPage", u"\u786e\u8ba4\u6536\u8d39", None))
        pass
    # retranslateUi

