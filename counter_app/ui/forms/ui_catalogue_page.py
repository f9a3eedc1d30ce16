# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CataloguePage(object):
    def setupUi(self, CataloguePage):
        if not CataloguePage.objectName():
            CataloguePage.setObjectName(u"CataloguePage")
        CataloguePage.resize(700, 480)
        self.mainLayout = QVBoxLayout(CataloguePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(CataloguePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CataloguePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.businessList = QListWidget(CataloguePage)
        self.businessList.setObjectName(u"businessList")

        self.mainLayout.addWidget(self.businessList)

        self.detailLabel = QLabel(CataloguePage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.detailLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.startButton = QPushButton(CataloguePage)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CataloguePage)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(CataloguePage)
    # setupUi

    def retranslateUi(self, CataloguePage):
        self.titleLabel.setText(QCoreApplication.translate("CataloguePage", u"\u4e1a\u52a1\u529e\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("CataloguePage", u"\u9009\u62e9\u5ba2\u6237\u8981\u529e\u7406\u7684\u4e1a\u52a1\uff0c\u6309\u5411\u5bfc\u9010\u6b65\u5b8c\u6210\u53d7\u7406\u3002", None))
        self.detailLabel.setText("")
        self.startButton.setText(QCoreApplication.translate("CataloguePage", u"\u5f00\u59cb\u529e\u7406", None))
        pass
    # retranslateUi

