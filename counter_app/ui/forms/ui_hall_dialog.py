# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hall_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HallDialog(object):
    def setupUi(self, HallDialog):
        if not HallDialog.objectName():
            HallDialog.setObjectName(u"HallDialog")
        HallDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(HallDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(HallDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeValue = QLabel(HallDialog)
        self.codeValue.setObjectName(u"codeValue")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.nameLabel = QLabel(HallDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HallDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(HallDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(HallDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(HallDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(HallDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(HallDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(HallDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(HallDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(HallDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(HallDialog)
    # setupUi

    def retranslateUi(self, HallDialog):
        HallDialog.setWindowTitle(QCoreApplication.translate("HallDialog", u"\u8425\u4e1a\u5385\u4fe1\u606f", None))
        self.codeLabel.setText(QCoreApplication.translate("HallDialog", u"\u8425\u4e1a\u5385\u7f16\u7801", None))
        self.codeValue.setText("")
#if QT_CONFIG(tooltip)
        self.codeValue.setToolTip(QCoreApplication.translate("HallDialog", u"\u7f16\u7801\u5370\u5728\u6bcf\u5f20\u6536\u636e\u548c\u6bcf\u6279\u62a5\u9001\u6587\u4ef6\u7684\u7f16\u53f7\u91cc\uff0c\u4e0d\u80fd\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("HallDialog", u"\u540d\u79f0(&N)", None))
        self.addressLabel.setText(QCoreApplication.translate("HallDialog", u"\u5730\u5740(&A)", None))
        self.phoneLabel.setText(QCoreApplication.translate("HallDialog", u"\u670d\u52a1\u7535\u8bdd(&P)", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("HallDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("HallDialog", u"\u53d6\u6d88", None))
    # retranslateUi

