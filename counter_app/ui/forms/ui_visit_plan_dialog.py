# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_plan_dialog.ui'
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
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VisitPlanDialog(object):
    def setupUi(self, VisitPlanDialog):
        if not VisitPlanDialog.objectName():
            VisitPlanDialog.setObjectName(u"VisitPlanDialog")
        VisitPlanDialog.resize(760, 600)
        self.mainLayout = QVBoxLayout(VisitPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.planTitleLabel = QLabel(VisitPlanDialog)
        self.planTitleLabel.setObjectName(u"planTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planTitleLabel)

        self.titleEdit = QLineEdit(VisitPlanDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.surveyLabel = QLabel(VisitPlanDialog)
        self.surveyLabel.setObjectName(u"surveyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.surveyLabel)

        self.surveyCombo = QComboBox(VisitPlanDialog)
        self.surveyCombo.setObjectName(u"surveyCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surveyCombo)

        self.dueLabel = QLabel(VisitPlanDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromEdit = QDateEdit(VisitPlanDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(VisitPlanDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.dueEdit = QDateEdit(VisitPlanDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.dueEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.visitorsLabel = QLabel(VisitPlanDialog)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitorsLabel)

        self.visitorsList = QListWidget(VisitPlanDialog)
        self.visitorsList.setObjectName(u"visitorsList")
        self.visitorsList.setFlow(QListView.Flow.LeftToRight)
        self.visitorsList.setProperty(u"wrapping", True)
        self.visitorsList.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.visitorsList)


        self.mainLayout.addLayout(self.formLayout)

        self.customersBox = QGroupBox(VisitPlanDialog)
        self.customersBox.setObjectName(u"customersBox")
        self.customersLayout = QVBoxLayout(self.customersBox)
        self.customersLayout.setObjectName(u"customersLayout")
        self.ruleLayout = QHBoxLayout()
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.ruleRadio = QRadioButton(self.customersBox)
        self.ruleRadio.setObjectName(u"ruleRadio")
        self.ruleRadio.setChecked(True)

        self.ruleLayout.addWidget(self.ruleRadio)

        self.ruleCombo = QComboBox(self.customersBox)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.ruleLayout.addWidget(self.ruleCombo)

        self.ruleInfoLabel = QLabel(self.customersBox)
        self.ruleInfoLabel.setObjectName(u"ruleInfoLabel")

        self.ruleLayout.addWidget(self.ruleInfoLabel)

        self.ruleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleLayout.addItem(self.ruleSpacer)


        self.customersLayout.addLayout(self.ruleLayout)

        self.handLayout = QHBoxLayout()
        self.handLayout.setObjectName(u"handLayout")
        self.handRadio = QRadioButton(self.customersBox)
        self.handRadio.setObjectName(u"handRadio")

        self.handLayout.addWidget(self.handRadio)

        self.accountEdit = QLineEdit(self.customersBox)
        self.accountEdit.setObjectName(u"accountEdit")

        self.handLayout.addWidget(self.accountEdit)

        self.addButton = QPushButton(self.customersBox)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.handLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.customersBox)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.handLayout.addWidget(self.removeButton)


        self.customersLayout.addLayout(self.handLayout)

        self.previewLayout = QHBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.countLabel = QLabel(self.customersBox)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.countLabel)

        self.previewButton = QPushButton(self.customersBox)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.previewLayout.addWidget(self.previewButton)


        self.customersLayout.addLayout(self.previewLayout)

        self.previewTable = QTableWidget(self.customersBox)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setAlternatingRowColors(True)

        self.customersLayout.addWidget(self.previewTable)


        self.mainLayout.addWidget(self.customersBox)

        self.messageLabel = QLabel(VisitPlanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.okButton = QPushButton(VisitPlanDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(VisitPlanDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.planTitleLabel.setBuddy(self.titleEdit)
        self.surveyLabel.setBuddy(self.surveyCombo)
        self.dueLabel.setBuddy(self.fromEdit)
        self.visitorsLabel.setBuddy(self.visitorsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.surveyCombo)
        QWidget.setTabOrder(self.surveyCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.visitorsList)
        QWidget.setTabOrder(self.visitorsList, self.ruleRadio)
        QWidget.setTabOrder(self.ruleRadio, self.ruleCombo)
        QWidget.setTabOrder(self.ruleCombo, self.handRadio)
        QWidget.setTabOrder(self.handRadio, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(VisitPlanDialog)

        QMetaObject.connectSlotsByName(VisitPlanDialog)
    # setupUi

    def retranslateUi(self, VisitPlanDialog):
        VisitPlanDialog.setWindowTitle(QCoreApplication.translate("VisitPlanDialog", u"\u65b0\u5efa\u8d70\u8bbf\u8ba1\u5212", None))
        self.planTitleLabel.setText(QCoreApplication.translate("VisitPlanDialog", u"\u8ba1\u5212\u540d\u79f0(&N)", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("VisitPlanDialog", u"\u53ef\u4e0d\u586b\uff1a\u6309\u95ee\u5377\u548c\u89c4\u5219\u547d\u540d", None))
        self.surveyLabel.setText(QCoreApplication.translate("VisitPlanDialog", u"\u8c03\u67e5\u95ee\u5377(&Q)", None))
        self.dueLabel.setText(QCoreApplication.translate("VisitPlanDialog", u"\u8d70\u8bbf\u671f\u95f4(&U)", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("VisitPlanDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("VisitPlanDialog", u"\u81f3", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("VisitPlanDialog", u"yyyy-MM-dd", None))
        self.visitorsLabel.setText(QCoreApplication.translate("VisitPlanDialog", u"\u8d70\u8bbf\u4eba(&V)", None))
        self.customersBox.setTitle(QCoreApplication.translate("VisitPlanDialog", u"\u8d70\u8bbf\u54ea\u4e9b\u5ba2\u6237", None))
        self.ruleRadio.setText(QCoreApplication.translate("VisitPlanDialog", u"\u6309\u89c4\u5219\u9009\u53d6(&R)", None))
        self.ruleInfoLabel.setText("")
        self.handRadio.setText(QCoreApplication.translate("VisitPlanDialog", u"\u9010\u6237\u6307\u5b9a(&H)", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("VisitPlanDialog", u"\u6237\u53f7\u3001\u624b\u673a\u6216\u59d3\u540d\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.addButton.setText(QCoreApplication.translate("VisitPlanDialog", u"\u52a0\u5165(&A)", None))
        self.removeButton.setText(QCoreApplication.translate("VisitPlanDialog", u"\u79fb\u9664", None))
        self.countLabel.setText("")
        self.previewButton.setText(QCoreApplication.translate("VisitPlanDialog", u"\u9884\u89c8\u5ba2\u6237(&P)", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("VisitPlanDialog", u"\u5efa\u7acb\u8ba1\u5212", None))
        self.cancelButton.setText(QCoreApplication.translate("VisitPlanDialog", u"\u53d6\u6d88", None))
    # retranslateUi

