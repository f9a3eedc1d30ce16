# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(420, 320)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.nameLabel = QLabel(UserDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UserDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.staffNoLabel = QLabel(UserDialog)
        self.staffNoLabel.setObjectName(u"staffNoLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffNoLabel)

        self.staffNoEdit = QLineEdit(UserDialog)
        self.staffNoEdit.setObjectName(u"staffNoEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staffNoEdit)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordRepeatLabel = QLabel(UserDialog)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeatEdit = QLineEdit(UserDialog)
        self.passwordRepeatEdit.setObjectName(u"passwordRepeatEdit")
        self.passwordRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordRepeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(UserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(UserDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(UserDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.staffNoLabel.setBuddy(self.staffNoEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.staffNoEdit)
        QWidget.setTabOrder(self.staffNoEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordRepeatEdit)
        QWidget.setTabOrder(self.passwordRepeatEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(UserDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"\u65b0\u589e\u7528\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"\u7528\u6237\u540d(&U)", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"\u767b\u5f55\u7528\uff0c\u82f1\u6587\u5b57\u6bcd\u6216\u6570\u5b57", None))
        self.nameLabel.setText(QCoreApplication.translate("UserDialog", u"\u59d3\u540d(&M)", None))
        self.staffNoLabel.setText(QCoreApplication.translate("UserDialog", u"\u5de5\u53f7(&G)", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"\u89d2\u8272(&R)", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"\u5bc6\u7801(&P)", None))
        self.passwordRepeatLabel.setText(QCoreApplication.translate("UserDialog", u"\u786e\u8ba4\u5bc6\u7801(&E)", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("UserDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("UserDialog", u"\u53d6\u6d88", None))
    # retranslateUi

