# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.hallGroup = QGroupBox(SetupDialog)
        self.hallGroup.setObjectName(u"hallGroup")
        self.hallLayout = QFormLayout(self.hallGroup)
        self.hallLayout.setObjectName(u"hallLayout")
        self.hallCodeLabel = QLabel(self.hallGroup)
        self.hallCodeLabel.setObjectName(u"hallCodeLabel")

        self.hallLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hallCodeLabel)

        self.hallCodeEdit = QLineEdit(self.hallGroup)
        self.hallCodeEdit.setObjectName(u"hallCodeEdit")

        self.hallLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hallCodeEdit)

        self.hallNameLabel = QLabel(self.hallGroup)
        self.hallNameLabel.setObjectName(u"hallNameLabel")

        self.hallLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hallNameLabel)

        self.hallNameEdit = QLineEdit(self.hallGroup)
        self.hallNameEdit.setObjectName(u"hallNameEdit")

        self.hallLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hallNameEdit)

        self.hallAddressLabel = QLabel(self.hallGroup)
        self.hallAddressLabel.setObjectName(u"hallAddressLabel")

        self.hallLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hallAddressLabel)

        self.hallAddressEdit = QLineEdit(self.hallGroup)
        self.hallAddressEdit.setObjectName(u"hallAddressEdit")

        self.hallLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hallAddressEdit)

        self.hallPhoneLabel = QLabel(self.hallGroup)
        self.hallPhoneLabel.setObjectName(u"hallPhoneLabel")

        self.hallLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hallPhoneLabel)

        self.hallPhoneEdit = QLineEdit(self.hallGroup)
        self.hallPhoneEdit.setObjectName(u"hallPhoneEdit")

        self.hallLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hallPhoneEdit)


        self.mainLayout.addWidget(self.hallGroup)

        self.adminGroup = QGroupBox(SetupDialog)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminLayout = QFormLayout(self.adminGroup)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminUsernameLabel = QLabel(self.adminGroup)
        self.adminUsernameLabel.setObjectName(u"adminUsernameLabel")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminUsernameLabel)

        self.adminUsernameEdit = QLineEdit(self.adminGroup)
        self.adminUsernameEdit.setObjectName(u"adminUsernameEdit")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUsernameEdit)

        self.adminNameLabel = QLabel(self.adminGroup)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.adminGroup)
        self.adminNameEdit.setObjectName(u"adminNameEdit")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminStaffNoLabel = QLabel(self.adminGroup)
        self.adminStaffNoLabel.setObjectName(u"adminStaffNoLabel")

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminStaffNoLabel)

        self.adminStaffNoEdit = QLineEdit(self.adminGroup)
        self.adminStaffNoEdit.setObjectName(u"adminStaffNoEdit")

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminStaffNoEdit)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordRepeatLabel = QLabel(self.adminGroup)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.adminLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatEdit = QLineEdit(self.adminGroup)
        self.passwordRepeatEdit.setObjectName(u"passwordRepeatEdit")
        self.passwordRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordRepeatEdit)


        self.mainLayout.addWidget(self.adminGroup)

        self.messageLabel = QLabel(SetupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(SetupDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(SetupDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.hallCodeLabel.setBuddy(self.hallCodeEdit)
        self.hallNameLabel.setBuddy(self.hallNameEdit)
        self.hallAddressLabel.setBuddy(self.hallAddressEdit)
        self.hallPhoneLabel.setBuddy(self.hallPhoneEdit)
        self.adminUsernameLabel.setBuddy(self.adminUsernameEdit)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.adminStaffNoLabel.setBuddy(self.adminStaffNoEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hallCodeEdit, self.hallNameEdit)
        QWidget.setTabOrder(self.hallNameEdit, self.hallAddressEdit)
        QWidget.setTabOrder(self.hallAddressEdit, self.hallPhoneEdit)
        QWidget.setTabOrder(self.hallPhoneEdit, self.adminUsernameEdit)
        QWidget.setTabOrder(self.adminUsernameEdit, self.adminNameEdit)
        QWidget.setTabOrder(self.adminNameEdit, self.adminStaffNoEdit)
        QWidget.setTabOrder(self.adminStaffNoEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordRepeatEdit)
        QWidget.setTabOrder(self.passwordRepeatEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(SetupDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"\u9996\u6b21\u4f7f\u7528\u8bbe\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"\u6b22\u8fce\u4f7f\u7528\u67dc\u53f0\u52a9\u624b\u3002\u8bf7\u586b\u5199\u672c\u8425\u4e1a\u5385\u7684\u4fe1\u606f\uff0c\u5e76\u521b\u5efa\u7b2c\u4e00\u4e2a\u7ba1\u7406\u5458\u8d26\u6237\u3002", None))
        self.hallGroup.setTitle(QCoreApplication.translate("SetupDialog", u"\u8425\u4e1a\u5385\u4fe1\u606f", None))
        self.hallCodeLabel.setText(QCoreApplication.translate("SetupDialog", u"\u8425\u4e1a\u5385\u7f16\u7801(&C)", None))
        self.hallCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"4\u81f320\u4f4d\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u7531\u4e0a\u7ea7\u5355\u4f4d\u5206\u914d", None))
        self.hallNameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u8425\u4e1a\u5385\u540d\u79f0(&N)", None))
        self.hallNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u4f8b\u5982\uff1a\u57ce\u5173\u4f9b\u7535\u8425\u4e1a\u5385", None))
        self.hallAddressLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5730\u5740(&A)", None))
        self.hallPhoneLabel.setText(QCoreApplication.translate("SetupDialog", u"\u670d\u52a1\u7535\u8bdd(&T)", None))
        self.adminGroup.setTitle(QCoreApplication.translate("SetupDialog", u"\u7ba1\u7406\u5458\u8d26\u6237", None))
        self.adminUsernameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u7528\u6237\u540d(&U)", None))
        self.adminUsernameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u767b\u5f55\u7528\uff0c\u82f1\u6587\u5b57\u6bcd\u6216\u6570\u5b57", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u59d3\u540d(&M)", None))
        self.adminStaffNoLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5de5\u53f7(&G)", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5bc6\u7801(&P)", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("SetupDialog", u"\u786e\u8ba4\u5bc6\u7801(&R)", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("SetupDialog", u"\u5b8c\u6210\u8bbe\u7f6e", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupDialog", u"\u53d6\u6d88", None))
    # retranslateUi

