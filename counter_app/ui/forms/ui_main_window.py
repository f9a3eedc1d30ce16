# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.exportAction = QAction(MainWindow)
        self.exportAction.setObjectName(u"exportAction")
        self.backupAction = QAction(MainWindow)
        self.backupAction.setObjectName(u"backupAction")
        self.settingsAction = QAction(MainWindow)
        self.settingsAction.setObjectName(u"settingsAction")
        self.lockAction = QAction(MainWindow)
        self.lockAction.setObjectName(u"lockAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.outerLayout = QVBoxLayout(self.centralWidget)
        self.outerLayout.setObjectName(u"outerLayout")
        self.calendarBanner = QLabel(self.centralWidget)
        self.calendarBanner.setObjectName(u"calendarBanner")
        self.calendarBanner.setWordWrap(True)

        self.outerLayout.addWidget(self.calendarBanner)

        self.centralLayout = QHBoxLayout()
        self.centralLayout.setObjectName(u"centralLayout")
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(200, 16777215))

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)


        self.outerLayout.addLayout(self.centralLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuBar.setGeometry(QRect(0, 0, 1100, 24))
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.exportAction)
        self.fileMenu.addAction(self.backupAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.settingsAction)
        self.fileMenu.addAction(self.lockAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u67dc\u53f0\u52a9\u624b", None))
        self.exportAction.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u62a5\u9001\u603b\u90e8(&E)\u2026", None))
        self.backupAction.setText(QCoreApplication.translate("MainWindow", u"\u7acb\u5373\u5907\u4efd\u6570\u636e\u5e93(&B)", None))
        self.settingsAction.setText(QCoreApplication.translate("MainWindow", u"\u672c\u673a\u8bbe\u7f6e(&S)\u2026", None))
        self.lockAction.setText(QCoreApplication.translate("MainWindow", u"\u9501\u5b9a\u5c4f\u5e55(&L)", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u67dc\u53f0\u52a9\u624b(&A)", None))
        self.calendarBanner.setText("")
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

