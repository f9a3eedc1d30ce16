# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReturnDialog(object):
    def setupUi(self, ReturnDialog):
        if not ReturnDialog.objectName():
            ReturnDialog.setObjectName(u"ReturnDialog")
        ReturnDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(ReturnDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ReturnDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.documentsList = QListWidget(ReturnDialog)
        self.documentsList.setObjectName(u"documentsList")

        self.mainLayout.addWidget(self.documentsList)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.noteLabel = QLabel(ReturnDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ReturnDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ReturnDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(ReturnDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(ReturnDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnDialog)
    # setupUi

    def retranslateUi(self, ReturnDialog):
        ReturnDialog.setWindowTitle(QCoreApplication.translate("ReturnDialog", u"\u9000\u56de\u8865\u6b63", None))
        self.introLabel.setText(QCoreApplication.translate("ReturnDialog", u"\u52fe\u9009\u5ba2\u6237\u9700\u8981\u8865\u6b63\u7684\u8d44\u6599\u3002\u9000\u56de\u540e\u6682\u505c\u8ba1\u65f6\uff0c\u8865\u6b63\u671f\u95f4\u4e0d\u8ba1\u5165\u529e\u7406\u65f6\u9650\uff0c\u5e76\u6253\u5370\u8865\u6b63\u901a\u77e5\u4e66\u4ea4\u7ed9\u5ba2\u6237\u3002", None))
        self.noteLabel.setText(QCoreApplication.translate("ReturnDialog", u"\u5176\u4ed6\u8bf4\u660e(&N)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"\u4f8b\u5982\uff1a\u4ea7\u6743\u8bc1\u660e\u590d\u5370\u4ef6\u4e0d\u6e05\u6670", None))
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("ReturnDialog", u"\u9000\u56de\u5e76\u6253\u5370\u901a\u77e5\u4e66", None))
        self.cancelButton.setText(QCoreApplication.translate("ReturnDialog", u"\u53d6\u6d88", None))
    # retranslateUi

