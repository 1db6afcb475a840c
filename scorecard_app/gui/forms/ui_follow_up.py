# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_FollowUpForm(object):
    def setupUi(self, FollowUpForm):
        if not FollowUpForm.objectName():
            FollowUpForm.setObjectName(u"FollowUpForm")
        FollowUpForm.resize(760, 600)
        self.page_layout = QVBoxLayout(FollowUpForm)
        self.page_layout.setObjectName(u"page_layout")
        self.intro = QLabel(FollowUpForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.tabs = QTabWidget(FollowUpForm)
        self.tabs.setObjectName(u"tabs")
        self.this_round_tab = QWidget()
        self.this_round_tab.setObjectName(u"this_round_tab")
        self.this_round_layout = QVBoxLayout(self.this_round_tab)
        self.this_round_layout.setObjectName(u"this_round_layout")
        self.this_round_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.this_round_tab, "")
        self.previous_round_tab = QWidget()
        self.previous_round_tab.setObjectName(u"previous_round_tab")
        self.previous_round_layout = QVBoxLayout(self.previous_round_tab)
        self.previous_round_layout.setObjectName(u"previous_round_layout")
        self.previous_round_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.previous_round_tab, "")
        self.carried_tab = QWidget()
        self.carried_tab.setObjectName(u"carried_tab")
        self.carried_layout = QVBoxLayout(self.carried_tab)
        self.carried_layout.setObjectName(u"carried_layout")
        self.carried_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.carried_tab, "")
        self.overdue_tab = QWidget()
        self.overdue_tab.setObjectName(u"overdue_tab")
        self.overdue_layout = QVBoxLayout(self.overdue_tab)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.overdue_layout.setContentsMargins(0, 0, 0, 0)
        self.overdue = QTableView(self.overdue_tab)
        self.overdue.setObjectName(u"overdue")
        self.overdue.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overdue.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overdue.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overdue.setWordWrap(True)
        self.overdue.horizontalHeader().setStretchLastSection(True)
        self.overdue.verticalHeader().setVisible(False)

        self.overdue_layout.addWidget(self.overdue)

        self.tabs.addTab(self.overdue_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(1, 1)

        self.retranslateUi(FollowUpForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FollowUpForm)
    # setupUi

    def retranslateUi(self, FollowUpForm):
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("FollowUpForm", u"Follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.this_round_tab), QCoreApplication.translate("FollowUpForm", u"This round", None))
        self.tabs.setTabText(self.tabs.indexOf(self.previous_round_tab), QCoreApplication.translate("FollowUpForm", u"Previous round", None))
        self.tabs.setTabText(self.tabs.indexOf(self.carried_tab), QCoreApplication.translate("FollowUpForm", u"Carried forward", None))
#if QT_CONFIG(accessibility)
        self.overdue.setAccessibleName(QCoreApplication.translate("FollowUpForm", u"Overdue actions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overdue_tab), QCoreApplication.translate("FollowUpForm", u"Overdue", None))
        pass
    # retranslateUi

