# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(ComplaintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.channelLabel = QLabel(ComplaintDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ComplaintDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.categoryLabel = QLabel(ComplaintDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ComplaintDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.nameLabel = QLabel(ComplaintDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ComplaintDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(ComplaintDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ComplaintDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.accountLabel = QLabel(ComplaintDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(ComplaintDialog)
        self.accountEdit.setObjectName(u"accountEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.contentLabel = QLabel(ComplaintDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(ComplaintDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.requestLabel = QLabel(ComplaintDialog)
        self.requestLabel.setObjectName(u"requestLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requestLabel)

        self.requestEdit = QPlainTextEdit(ComplaintDialog)
        self.requestEdit.setObjectName(u"requestEdit")
        self.requestEdit.setMaximumSize(QSize(16777215, 90))
        self.requestEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.requestEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.deadlineLabel = QLabel(ComplaintDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.deadlineLabel)

        self.messageLabel = QLabel(ComplaintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(ComplaintDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(ComplaintDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.requestLabel.setBuddy(self.requestEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.requestEdit)
        QWidget.setTabOrder(self.requestEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"\u65b0\u5efa\u6295\u8bc9", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406\u6e20\u9053(&C)", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u7c7b\u522b(&T)", None))
        self.nameLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237\u59d3\u540d(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u9009\u586b\uff0c\u5ba2\u6237\u4e0d\u613f\u7559\u540d\u53ef\u4e0d\u586b", None))
        self.phoneLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u8054\u7cfb\u7535\u8bdd(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u9009\u586b\uff0c\u7528\u4e8e\u8054\u7cfb\u548c\u56de\u8bbf\u5ba2\u6237", None))
        self.accountLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u6237\u53f7(&A)", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u9009\u586b\uff0c\u77e5\u9053\u65f6\u586b\u5199", None))
        self.contentLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u53cd\u6620\u95ee\u9898(&W)", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u5fc5\u586b\uff1a\u5ba2\u6237\u53cd\u6620\u7684\u95ee\u9898\uff0c\u5c3d\u91cf\u8bb0\u5f55\u539f\u8bdd\u3001\u65f6\u95f4\u3001\u5730\u70b9\u548c\u6d89\u53ca\u4eba\u5458", None))
        self.requestLabel.setText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237\u8bc9\u6c42(&R)", None))
        self.requestEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237\u5e0c\u671b\u600e\u6837\u5904\u7406", None))
        self.deadlineLabel.setText("")
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406\u5e76\u6253\u5370\u56de\u6267", None))
        self.cancelButton.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d6\u6d88", None))
    # retranslateUi

