# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bill_explainer_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_BillExplainerDialog(object):
    def setupUi(self, BillExplainerDialog):
        if not BillExplainerDialog.objectName():
            BillExplainerDialog.setObjectName(u"BillExplainerDialog")
        BillExplainerDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(BillExplainerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BillExplainerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categoryLabel = QLabel(BillExplainerDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(BillExplainerDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.consumptionLabel = QLabel(BillExplainerDialog)
        self.consumptionLabel.setObjectName(u"consumptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consumptionLabel)

        self.consumptionSpin = QSpinBox(BillExplainerDialog)
        self.consumptionSpin.setObjectName(u"consumptionSpin")
        self.consumptionSpin.setMaximum(9999999)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consumptionSpin)

        self.usedLabel = QLabel(BillExplainerDialog)
        self.usedLabel.setObjectName(u"usedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usedLabel)

        self.usedSpin = QSpinBox(BillExplainerDialog)
        self.usedSpin.setObjectName(u"usedSpin")
        self.usedSpin.setMaximum(9999999)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usedSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.explanationView = QTextBrowser(BillExplainerDialog)
        self.explanationView.setObjectName(u"explanationView")

        self.mainLayout.addWidget(self.explanationView)

        self.messageLabel = QLabel(BillExplainerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonLayoutSpacer)

        self.printButton = QPushButton(BillExplainerDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(BillExplainerDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.consumptionLabel.setBuddy(self.consumptionSpin)
        self.usedLabel.setBuddy(self.usedSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BillExplainerDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(BillExplainerDialog)
    # setupUi

    def retranslateUi(self, BillExplainerDialog):
        BillExplainerDialog.setWindowTitle(QCoreApplication.translate("BillExplainerDialog", u"\u7535\u8d39\u6784\u6210\u8bf4\u660e\uff08\u9636\u68af\u7535\u4ef7\uff09", None))
        self.introLabel.setText(QCoreApplication.translate("BillExplainerDialog", u"\u8f93\u5165\u672c\u671f\u7528\u7535\u91cf\u548c\u672c\u5e74\u5ea6\u6b64\u524d\u5df2\u7528\u7535\u91cf\uff0c\u6309\u9636\u68af\u9010\u6863\u8ba1\u7b97\u7535\u8d39\u3002", None))
        self.categoryLabel.setText(QCoreApplication.translate("BillExplainerDialog", u"\u7528\u7535\u7c7b\u522b(&C)", None))
        self.consumptionLabel.setText(QCoreApplication.translate("BillExplainerDialog", u"\u672c\u671f\u7528\u7535\u91cf(kWh)(&K)", None))
        self.usedLabel.setText(QCoreApplication.translate("BillExplainerDialog", u"\u672c\u5e74\u6b64\u524d\u5df2\u7528(kWh)(&U)", None))
        self.messageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("BillExplainerDialog", u"\u6253\u5370\u8bf4\u660e", None))
        self.closeButton.setText(QCoreApplication.translate("BillExplainerDialog", u"\u5173\u95ed", None))
    # retranslateUi

