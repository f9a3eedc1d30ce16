# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_entry_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_VisitEntryDialog(object):
    def setupUi(self, VisitEntryDialog):
        if not VisitEntryDialog.objectName():
            VisitEntryDialog.setObjectName(u"VisitEntryDialog")
        VisitEntryDialog.resize(720, 620)
        self.mainLayout = QVBoxLayout(VisitEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(VisitEntryDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.customerLabel)

        self.howLayout = QHBoxLayout()
        self.howLayout.setObjectName(u"howLayout")
        self.methodLabel = QLabel(VisitEntryDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.howLayout.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(VisitEntryDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.howLayout.addWidget(self.methodCombo)

        self.whenLabel = QLabel(VisitEntryDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.howLayout.addWidget(self.whenLabel)

        self.whenEdit = QDateTimeEdit(VisitEntryDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.howLayout.addWidget(self.whenEdit)

        self.unreachableCheck = QCheckBox(VisitEntryDialog)
        self.unreachableCheck.setObjectName(u"unreachableCheck")

        self.howLayout.addWidget(self.unreachableCheck)

        self.howSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.howLayout.addItem(self.howSpacer)


        self.mainLayout.addLayout(self.howLayout)

        self.questionsArea = QScrollArea(VisitEntryDialog)
        self.questionsArea.setObjectName(u"questionsArea")
        self.questionsArea.setWidgetResizable(True)
        self.questionsWidget = QWidget()
        self.questionsWidget.setObjectName(u"questionsWidget")
        self.questionsLayout = QFormLayout(self.questionsWidget)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.questionsArea.setWidget(self.questionsWidget)

        self.mainLayout.addWidget(self.questionsArea)

        self.notesLabel = QLabel(VisitEntryDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.mainLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(VisitEntryDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.notesEdit)

        self.messageLabel = QLabel(VisitEntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.okButton = QPushButton(VisitEntryDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(VisitEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
        self.whenLabel.setBuddy(self.whenEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.methodCombo, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.unreachableCheck)
        QWidget.setTabOrder(self.unreachableCheck, self.questionsArea)
        QWidget.setTabOrder(self.questionsArea, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(VisitEntryDialog)

        QMetaObject.connectSlotsByName(VisitEntryDialog)
    # setupUi

    def retranslateUi(self, VisitEntryDialog):
        VisitEntryDialog.setWindowTitle(QCoreApplication.translate("VisitEntryDialog", u"\u5f55\u5165\u8d70\u8bbf\u7ed3\u679c", None))
        self.customerLabel.setText("")
        self.methodLabel.setText(QCoreApplication.translate("VisitEntryDialog", u"\u8d70\u8bbf\u65b9\u5f0f(&M)", None))
        self.whenLabel.setText(QCoreApplication.translate("VisitEntryDialog", u"\u8d70\u8bbf\u65f6\u95f4(&T)", None))
        self.whenEdit.setDisplayFormat(QCoreApplication.translate("VisitEntryDialog", u"yyyy-MM-dd HH:mm", None))
        self.unreachableCheck.setText(QCoreApplication.translate("VisitEntryDialog", u"\u672a\u80fd\u8054\u7cfb\u4e0a\u5ba2\u6237(&X)", None))
        self.notesLabel.setText(QCoreApplication.translate("VisitEntryDialog", u"\u8d70\u8bbf\u8bb0\u5f55\uff08\u5ba2\u6237\u7684\u5176\u4ed6\u610f\u89c1\u3001\u73b0\u573a\u60c5\u51b5\uff09(&N)", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("VisitEntryDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("VisitEntryDialog", u"\u53d6\u6d88", None))
    # retranslateUi

