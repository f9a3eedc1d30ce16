# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settlement_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_SettlementPage(object):
    def setupUi(self, SettlementPage):
        if not SettlementPage.objectName():
            SettlementPage.setObjectName(u"SettlementPage")
        SettlementPage.resize(1000, 700)
        self.mainLayout = QVBoxLayout(SettlementPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SettlementPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SettlementPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.dayLabel = QLabel(SettlementPage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.mainLayout.addWidget(self.dayLabel)

        self.countsBox = QWidget(SettlementPage)
        self.countsBox.setObjectName(u"countsBox")

        self.mainLayout.addWidget(self.countsBox)

        self.compareLayout = QHBoxLayout()
        self.compareLayout.setObjectName(u"compareLayout")
        self.countedLabel = QLabel(SettlementPage)
        self.countedLabel.setObjectName(u"countedLabel")

        self.compareLayout.addWidget(self.countedLabel)

        self.compareLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compareLayout.addItem(self.compareLayoutSpacer)

        self.recountButton = QPushButton(SettlementPage)
        self.recountButton.setObjectName(u"recountButton")
        self.recountButton.setAutoDefault(False)

        self.compareLayout.addWidget(self.recountButton)

        self.compareButton = QPushButton(SettlementPage)
        self.compareButton.setObjectName(u"compareButton")
        self.compareButton.setAutoDefault(False)

        self.compareLayout.addWidget(self.compareButton)


        self.mainLayout.addLayout(self.compareLayout)

        self.figuresView = QTextBrowser(SettlementPage)
        self.figuresView.setObjectName(u"figuresView")

        self.mainLayout.addWidget(self.figuresView)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonLabel = QLabel(SettlementPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(SettlementPage)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.reasonForm)

        self.messageLabel = QLabel(SettlementPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.printButton = QPushButton(SettlementPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.closeDayButton = QPushButton(SettlementPage)
        self.closeDayButton.setObjectName(u"closeDayButton")

        self.buttonLayout.addWidget(self.closeDayButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettlementPage)

        self.closeDayButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettlementPage)
    # setupUi

    def retranslateUi(self, SettlementPage):
        self.titleLabel.setText(QCoreApplication.translate("SettlementPage", u"\u65e5\u7ed3", None))
        self.introLabel.setText(QCoreApplication.translate("SettlementPage", u"\u7b2c\u4e00\u6b65\uff1a\u6309\u9762\u989d\u6e05\u70b9\u94b1\u7bb1\u4e2d\u7684\u73b0\u91d1\u5e76\u586b\u5199\u5f20\u6570\uff08\u6b64\u65f6\u4e0d\u663e\u793a\u7cfb\u7edf\u5e94\u6536\u91d1\u989d\uff09\u3002\u7b2c\u4e8c\u6b65\uff1a\u6838\u5bf9\u5e94\u6536\u4e0e\u5b9e\u70b9\uff08\u6838\u5bf9\u540e\u6e05\u70b9\u6570\u4e0d\u80fd\u518d\u6539\uff1b\u5982\u9700\u518d\u70b9\u4e00\u904d\uff0c\u6309\u201c\u91cd\u65b0\u6e05\u70b9\u201d\uff0c\u6bcf\u6b21\u6e05\u70b9\u90fd\u7559\u6709\u8bb0\u5f55\uff09\uff0c\u5982\u6709\u5dee\u989d\u987b\u8bf4\u660e\u539f\u56e0\u3002\u7b2c\u4e09\u6b65\uff1a\u503c\u73ed\u957f\u590d\u6838\u7b7e\u5b57\u540e\u65e5\u7ed3\uff0c\u5f53\u65e5\u6536\u8d39\u8bb0\u5f55\u5373\u9501\u5b9a\u3002", None))
        self.dayLabel.setText("")
        self.countedLabel.setText("")
        self.recountButton.setText(QCoreApplication.translate("SettlementPage", u"\u91cd\u65b0\u6e05\u70b9", None))
        self.compareButton.setText(QCoreApplication.translate("SettlementPage", u"\u6e05\u70b9\u5b8c\u6bd5\uff0c\u6838\u5bf9\u91d1\u989d", None))
        self.reasonLabel.setText(QCoreApplication.translate("SettlementPage", u"\u5dee\u5f02\u8bf4\u660e(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SettlementPage", u"\u5b9e\u70b9\u4e0e\u5e94\u6536\u4e0d\u4e00\u81f4\u65f6\u5fc5\u586b", None))
        self.messageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("SettlementPage", u"\u6253\u5370\u65e5\u7ed3\u62a5\u8868", None))
        self.closeDayButton.setText(QCoreApplication.translate("SettlementPage", u"\u503c\u73ed\u957f\u590d\u6838\u5e76\u65e5\u7ed3\u2026", None))
        pass
    # retranslateUi

