# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_follow_up.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import FormDateField

class Ui_ActionFollowUpForm(object):
    def setupUi(self, ActionFollowUpForm):
        if not ActionFollowUpForm.objectName():
            ActionFollowUpForm.setObjectName(u"ActionFollowUpForm")
        ActionFollowUpForm.resize(760, 520)
        self.panel_layout = QVBoxLayout(ActionFollowUpForm)
        self.panel_layout.setObjectName(u"panel_layout")
        self.table = QTableView(ActionFollowUpForm)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.table)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.form_box = QGroupBox(ActionFollowUpForm)
        self.form_box.setObjectName(u"form_box")
        self.update_form = QFormLayout(self.form_box)
        self.update_form.setObjectName(u"update_form")
        self.date_label = QLabel(self.form_box)
        self.date_label.setObjectName(u"date_label")

        self.update_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.on_date = FormDateField(self.form_box)
        self.on_date.setObjectName(u"on_date")

        self.update_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_date)

        self.status_label = QLabel(self.form_box)
        self.status_label.setObjectName(u"status_label")

        self.update_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.form_box)
        self.status.setObjectName(u"status")

        self.update_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.note_label = QLabel(self.form_box)
        self.note_label.setObjectName(u"note_label")

        self.update_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(self.form_box)
        self.note.setObjectName(u"note")

        self.update_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)

        self.add_button = QPushButton(self.form_box)
        self.add_button.setObjectName(u"add_button")

        self.update_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.add_button)

        self.message = QLabel(self.form_box)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.update_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.message)


        self.bottom.addWidget(self.form_box)

        self.hist_box = QGroupBox(ActionFollowUpForm)
        self.hist_box.setObjectName(u"hist_box")
        self.history_layout = QVBoxLayout(self.hist_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history = QListWidget(self.hist_box)
        self.history.setObjectName(u"history")

        self.history_layout.addWidget(self.history)


        self.bottom.addWidget(self.hist_box)

        self.bottom.setStretch(0, 1)
        self.bottom.setStretch(1, 1)

        self.panel_layout.addLayout(self.bottom)

        self.panel_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.on_date)
        self.status_label.setBuddy(self.status)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.history)
        QWidget.setTabOrder(self.history, self.on_date)
        QWidget.setTabOrder(self.on_date, self.status)
        QWidget.setTabOrder(self.status, self.note)
        QWidget.setTabOrder(self.note, self.add_button)

        self.retranslateUi(ActionFollowUpForm)

        QMetaObject.connectSlotsByName(ActionFollowUpForm)
    # setupUi

    def retranslateUi(self, ActionFollowUpForm):
        self.form_box.setTitle(QCoreApplication.translate("ActionFollowUpForm", u"Add a status update", None))
        self.date_label.setText(QCoreApplication.translate("ActionFollowUpForm", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.on_date.setAccessibleName(QCoreApplication.translate("ActionFollowUpForm", u"Update date", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ActionFollowUpForm", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionFollowUpForm", u"New status", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ActionFollowUpForm", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ActionFollowUpForm", u"Update note", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("ActionFollowUpForm", u"What was seen or reported", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ActionFollowUpForm", u"Add update", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ActionFollowUpForm", u"Add &update", None))
        self.hist_box.setTitle(QCoreApplication.translate("ActionFollowUpForm", u"History", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("ActionFollowUpForm", u"Updates of the selected action", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

