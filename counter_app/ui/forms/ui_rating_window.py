# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RatingWindow(object):
    def setupUi(self, RatingWindow):
        if not RatingWindow.objectName():
            RatingWindow.setObjectName(u"RatingWindow")
        RatingWindow.resize(900, 520)
        self.mainLayout = QVBoxLayout(RatingWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(RatingWindow)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(RatingWindow)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.ratingLayout = QHBoxLayout()
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.rate5Button = QPushButton(RatingWindow)
        self.rate5Button.setObjectName(u"rate5Button")
        self.rate5Button.setAutoDefault(False)

        self.ratingLayout.addWidget(self.rate5Button)

        self.rate4Button = QPushButton(RatingWindow)
        self.rate4Button.setObjectName(u"rate4Button")
        self.rate4Button.setAutoDefault(False)

        self.ratingLayout.addWidget(self.rate4Button)

        self.rate3Button = QPushButton(RatingWindow)
        self.rate3Button.setObjectName(u"rate3Button")
        self.rate3Button.setAutoDefault(False)

        self.ratingLayout.addWidget(self.rate3Button)

        self.rate2Button = QPushButton(RatingWindow)
        self.rate2Button.setObjectName(u"rate2Button")
        self.rate2Button.setAutoDefault(False)

        self.ratingLayout.addWidget(self.rate2Button)

        self.rate1Button = QPushButton(RatingWindow)
        self.rate1Button.setObjectName(u"rate1Button")
        self.rate1Button.setAutoDefault(False)

        self.ratingLayout.addWidget(self.rate1Button)


        self.mainLayout.addLayout(self.ratingLayout)

        self.thanksLabel = QLabel(RatingWindow)
        self.thanksLabel.setObjectName(u"thanksLabel")
        self.thanksLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.thanksLabel)

        self.skipLayout = QHBoxLayout()
        self.skipLayout.setObjectName(u"skipLayout")
        self.skipLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skipLayout.addItem(self.skipLayoutSpacer)

        self.skipButton = QPushButton(RatingWindow)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.skipLayout.addWidget(self.skipButton)


        self.mainLayout.addLayout(self.skipLayout)


        self.retranslateUi(RatingWindow)

        QMetaObject.connectSlotsByName(RatingWindow)
    # setupUi

    def retranslateUi(self, RatingWindow):
        RatingWindow.setWindowTitle(QCoreApplication.translate("RatingWindow", u"\u670d\u52a1\u8bc4\u4ef7", None))
        self.titleLabel.setText(QCoreApplication.translate("RatingWindow", u"\u8bf7\u60a8\u5bf9\u672c\u6b21\u670d\u52a1\u4f5c\u51fa\u8bc4\u4ef7", None))
        self.infoLabel.setText("")
        self.rate5Button.setText(QCoreApplication.translate("RatingWindow", u"\u975e\u5e38\u6ee1\u610f", None))
        self.rate4Button.setText(QCoreApplication.translate("RatingWindow", u"\u6ee1\u610f", None))
        self.rate3Button.setText(QCoreApplication.translate("RatingWindow", u"\u57fa\u672c\u6ee1\u610f", None))
        self.rate2Button.setText(QCoreApplication.translate("RatingWindow", u"\u4e0d\u6ee1\u610f", None))
        self.rate1Button.setText(QCoreApplication.translate("RatingWindow", u"\u975e\u5e38\u4e0d\u6ee1\u610f", None))
        self.thanksLabel.setText("")
        self.skipButton.setText(QCoreApplication.translate("RatingWindow", u"\u5ba2\u6237\u672a\u8bc4\u4ef7\uff08\u5df2\u79bb\u5f00\uff09", None))
    # retranslateUi

