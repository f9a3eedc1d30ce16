# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'announcement_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AnnouncementDialog(object):
    def setupUi(self, AnnouncementDialog):
        if not AnnouncementDialog.objectName():
            AnnouncementDialog.setObjectName(u"AnnouncementDialog")
        AnnouncementDialog.resize(620, 560)
        self.mainLayout = QVBoxLayout(AnnouncementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(AnnouncementDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AnnouncementDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.noticeTitleLabel = QLabel(AnnouncementDialog)
        self.noticeTitleLabel.setObjectName(u"noticeTitleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noticeTitleLabel)

        self.titleEdit = QLineEdit(AnnouncementDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.areaLabel = QLabel(AnnouncementDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(AnnouncementDialog)
        self.areaEdit.setObjectName(u"areaEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.startLabel = QLabel(AnnouncementDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(AnnouncementDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(AnnouncementDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.endEdit = QDateTimeEdit(AnnouncementDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.endLayout.addWidget(self.endEdit)

        self.endUnknownCheck = QCheckBox(AnnouncementDialog)
        self.endUnknownCheck.setObjectName(u"endUnknownCheck")

        self.endLayout.addWidget(self.endUnknownCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.endLayout)

        self.reasonLabel = QLabel(AnnouncementDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AnnouncementDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.bodyLabel = QLabel(AnnouncementDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(AnnouncementDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.ruleLabel = QLabel(AnnouncementDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.ruleLabel)

        self.messageLabel = QLabel(AnnouncementDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.okButton = QPushButton(AnnouncementDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.okButton)

        self.cancelButton = QPushButton(AnnouncementDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.noticeTitleLabel.setBuddy(self.titleEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.endUnknownCheck)
        QWidget.setTabOrder(self.endUnknownCheck, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(AnnouncementDialog)

        QMetaObject.connectSlotsByName(AnnouncementDialog)
    # setupUi

    def retranslateUi(self, AnnouncementDialog):
        AnnouncementDialog.setWindowTitle(QCoreApplication.translate("AnnouncementDialog", u"\u53d1\u5e03\u516c\u544a", None))
        self.kindLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u7c7b\u522b(&K)", None))
        self.noticeTitleLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u6807\u9898(&T)", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AnnouncementDialog", u"\u4f8b\u5982\uff1a\u4eba\u6c11\u8def10kV\u7ebf\u8def\u68c0\u4fee\u505c\u7535", None))
        self.areaLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u505c\u7535\u8303\u56f4(&A)", None))
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("AnnouncementDialog", u"\u8857\u9053\u3001\u6751\u3001\u5c0f\u533a\u6216\u53f0\u533a\uff0c\u7528\u987f\u53f7\u6216\u9017\u53f7\u5206\u9694", None))
        self.startLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u5f00\u59cb\u65f6\u95f4(&S)", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("AnnouncementDialog", u"yyyy-MM-dd HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u7ed3\u675f\u65f6\u95f4(&E)", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("AnnouncementDialog", u"yyyy-MM-dd HH:mm", None))
        self.endUnknownCheck.setText(QCoreApplication.translate("AnnouncementDialog", u"\u9001\u7535\u65f6\u95f4\u672a\u5b9a(&U)", None))
        self.reasonLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u539f\u56e0(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AnnouncementDialog", u"\u4f8b\u5982\uff1a\u8bbe\u5907\u68c0\u4fee\u3001\u7ebf\u8def\u6545\u969c\u62a2\u4fee", None))
        self.bodyLabel.setText(QCoreApplication.translate("AnnouncementDialog", u"\u6b63\u6587(&B)", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("AnnouncementDialog", u"\u9009\u586b\uff1a\u544a\u77e5\u5ba2\u6237\u7684\u5176\u4ed6\u5185\u5bb9", None))
        self.ruleLabel.setText("")
        self.messageLabel.setText("")
        self.okButton.setText(QCoreApplication.translate("AnnouncementDialog", u"\u53d1\u5e03", None))
        self.cancelButton.setText(QCoreApplication.translate("AnnouncementDialog", u"\u53d6\u6d88", None))
    # retranslateUi

