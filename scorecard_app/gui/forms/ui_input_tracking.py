# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'input_tracking.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import FormCommitLineEdit

class Ui_InputTrackingForm(object):
    def setupUi(self, InputTrackingForm):
        if not InputTrackingForm.objectName():
            InputTrackingForm.setObjectName(u"InputTrackingForm")
        self.page_layout = QVBoxLayout(InputTrackingForm)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(InputTrackingForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.add_row = QHBoxLayout()
        self.add_row.setObjectName(u"add_row")
        self.new_item = FormCommitLineEdit(InputTrackingForm)
        self.new_item.setObjectName(u"new_item")

        self.add_row.addWidget(self.new_item)

        self.add_button = QPushButton(InputTrackingForm)
        self.add_button.setObjectName(u"add_button")

        self.add_row.addWidget(self.add_button)

        self.remove_button = QPushButton(InputTrackingForm)
        self.remove_button.setObjectName(u"remove_button")

        self.add_row.addWidget(self.remove_button)

        self.add_row.setStretch(0, 1)

        self.page_layout.addLayout(self.add_row)

        self.table = QTableWidget(InputTrackingForm)
        if (self.table.columnCount() < 7):
            self.table.setColumnCount(7)
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
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table)

        self.page_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.new_item, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)

        self.retranslateUi(InputTrackingForm)

        QMetaObject.connectSlotsByName(InputTrackingForm)
    # setupUi

    def retranslateUi(self, InputTrackingForm):
        self.intro.setText(QCoreApplication.translate("InputTrackingForm", u"First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.", None))
#if QT_CONFIG(accessibility)
        self.new_item.setAccessibleName(QCoreApplication.translate("InputTrackingForm", u"New input item", None))
#endif // QT_CONFIG(accessibility)
        self.new_item.setPlaceholderText(QCoreApplication.translate("InputTrackingForm", u"Type an input (e.g. Nurses on duty) and press Enter", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("InputTrackingForm", u"Add input item", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("InputTrackingForm", u"&Add item", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("InputTrackingForm", u"Remove input item", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("InputTrackingForm", u"&Remove item", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InputTrackingForm", u"Input item", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InputTrackingForm", u"Unit", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InputTrackingForm", u"Entitlement", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InputTrackingForm", u"Source of the entitlement", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InputTrackingForm", u"Actual", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("InputTrackingForm", u"Gap", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("InputTrackingForm", u"Remarks", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("InputTrackingForm", u"Input tracking matrix", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

