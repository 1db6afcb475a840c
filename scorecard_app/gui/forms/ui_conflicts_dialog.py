# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictsForm(object):
    def setupUi(self, ConflictsForm):
        if not ConflictsForm.objectName():
            ConflictsForm.setObjectName(u"ConflictsForm")
        ConflictsForm.resize(820, 420)
        self.reviewed = QPushButton(ConflictsForm)
        self.reviewed.setObjectName(u"reviewed")
        self.dialog_layout = QVBoxLayout(ConflictsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(ConflictsForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.table = QTableWidget(ConflictsForm)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.dialog_layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(ConflictsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(ConflictsForm)

        QMetaObject.connectSlotsByName(ConflictsForm)
    # setupUi

    def retranslateUi(self, ConflictsForm):
        ConflictsForm.setWindowTitle(QCoreApplication.translate("ConflictsForm", u"Conflicts to review", None))
#if QT_CONFIG(accessibility)
        self.reviewed.setAccessibleName(QCoreApplication.translate("ConflictsForm", u"Mark all as reviewed", None))
#endif // QT_CONFIG(accessibility)
        self.reviewed.setText(QCoreApplication.translate("ConflictsForm", u"&Mark all as reviewed", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsForm", u"Record", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsForm", u"Field", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictsForm", u"This laptop", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictsForm", u"Head office", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ConflictsForm", u"Why", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ConflictsForm", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

