# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_plan.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import (FormDateField, FormInlineError)

class Ui_ActionPlanForm(object):
    def setupUi(self, ActionPlanForm):
        if not ActionPlanForm.objectName():
            ActionPlanForm.setObjectName(u"ActionPlanForm")
        ActionPlanForm.resize(760, 640)
        self.delete_key = QAction(ActionPlanForm)
        self.delete_key.setObjectName(u"delete_key")
#if QT_CONFIG(shortcut)
        self.delete_key.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.delete_key.setShortcutContext(Qt.WidgetShortcut)
        self.page_layout = QVBoxLayout(ActionPlanForm)
        self.page_layout.setObjectName(u"page_layout")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.summary = QLabel(ActionPlanForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.head.addWidget(self.summary)

        self.add_button = QPushButton(ActionPlanForm)
        self.add_button.setObjectName(u"add_button")

        self.head.addWidget(self.add_button)

        self.delete_button = QPushButton(ActionPlanForm)
        self.delete_button.setObjectName(u"delete_button")

        self.head.addWidget(self.delete_button)

        self.head.setStretch(0, 1)

        self.page_layout.addLayout(self.head)

        self.message = QLabel(ActionPlanForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.page_layout.addWidget(self.message)

        self.table = QTableView(ActionPlanForm)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table)

        self.form = QGroupBox(ActionPlanForm)
        self.form.setObjectName(u"form")
        self.form_columns = QHBoxLayout(self.form)
        self.form_columns.setObjectName(u"form_columns")
        self.left = QFormLayout()
        self.left.setObjectName(u"left")
        self.what_label = QLabel(self.form)
        self.what_label.setObjectName(u"what_label")

        self.left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLineEdit(self.form)
        self.what.setObjectName(u"what")

        self.left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what)

        self.indicator_label = QLabel(self.form)
        self.indicator_label.setObjectName(u"indicator_label")

        self.left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indicator_label)

        self.indicator = QComboBox(self.form)
        self.indicator.setObjectName(u"indicator")

        self.left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.responsible_label = QLabel(self.form)
        self.responsible_label.setObjectName(u"responsible_label")

        self.left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QLineEdit(self.form)
        self.responsible.setObjectName(u"responsible")

        self.left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.institution_label = QLabel(self.form)
        self.institution_label.setObjectName(u"institution_label")

        self.left.setWidget(3, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution = QLineEdit(self.form)
        self.institution.setObjectName(u"institution")

        self.left.setWidget(3, QFormLayout.ItemRole.FieldRole, self.institution)


        self.form_columns.addLayout(self.left)

        self.between_columns = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.form_columns.addItem(self.between_columns)

        self.right = QFormLayout()
        self.right.setObjectName(u"right")
        self.due_label = QLabel(self.form)
        self.due_label.setObjectName(u"due_label")

        self.right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due = FormDateField(self.form)
        self.due.setObjectName(u"due")

        self.right.setWidget(0, QFormLayout.ItemRole.FieldRole, self.due)

        self.due_note = FormInlineError(self.form)
        self.due_note.setObjectName(u"due_note")

        self.right.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due_note)

        self.resources_label = QLabel(self.form)
        self.resources_label.setObjectName(u"resources_label")

        self.right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resources_label)

        self.resources = QLineEdit(self.form)
        self.resources.setObjectName(u"resources")

        self.right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resources)

        self.status_label = QLabel(self.form)
        self.status_label.setObjectName(u"status_label")

        self.right.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.form)
        self.status.setObjectName(u"status")

        self.right.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.priority_label = QLabel(self.form)
        self.priority_label.setObjectName(u"priority_label")

        self.right.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority = QComboBox(self.form)
        self.priority.setObjectName(u"priority")

        self.right.setWidget(4, QFormLayout.ItemRole.FieldRole, self.priority)

        self.escalated = QCheckBox(self.form)
        self.escalated.setObjectName(u"escalated")

        self.right.setWidget(5, QFormLayout.ItemRole.FieldRole, self.escalated)


        self.form_columns.addLayout(self.right)

        self.form_columns.setStretch(0, 3)
        self.form_columns.setStretch(2, 2)

        self.page_layout.addWidget(self.form)

        self.photos_box = QGroupBox(ActionPlanForm)
        self.photos_box.setObjectName(u"photos_box")
        self.photos_layout = QVBoxLayout(self.photos_box)
        self.photos_layout.setObjectName(u"photos_layout")

        self.page_layout.addWidget(self.photos_box)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.what_label.setBuddy(self.what)
        self.indicator_label.setBuddy(self.indicator)
        self.responsible_label.setBuddy(self.responsible)
        self.institution_label.setBuddy(self.institution)
        self.due_label.setBuddy(self.due)
        self.resources_label.setBuddy(self.resources)
        self.status_label.setBuddy(self.status)
        self.priority_label.setBuddy(self.priority)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.what)
        QWidget.setTabOrder(self.what, self.indicator)
        QWidget.setTabOrder(self.indicator, self.responsible)
        QWidget.setTabOrder(self.responsible, self.institution)
        QWidget.setTabOrder(self.institution, self.due)
        QWidget.setTabOrder(self.due, self.resources)
        QWidget.setTabOrder(self.resources, self.status)
        QWidget.setTabOrder(self.status, self.priority)
        QWidget.setTabOrder(self.priority, self.escalated)

        self.retranslateUi(ActionPlanForm)

        QMetaObject.connectSlotsByName(ActionPlanForm)
    # setupUi

    def retranslateUi(self, ActionPlanForm):
        self.delete_key.setText(QCoreApplication.translate("ActionPlanForm", u"Delete action", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Add action", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ActionPlanForm", u"&Add action", None))
#if QT_CONFIG(accessibility)
        self.delete_button.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Delete action", None))
#endif // QT_CONFIG(accessibility)
        self.delete_button.setText(QCoreApplication.translate("ActionPlanForm", u"De&lete action", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Actions", None))
#endif // QT_CONFIG(accessibility)
        self.form.setTitle(QCoreApplication.translate("ActionPlanForm", u"Selected action", None))
        self.what_label.setText(QCoreApplication.translate("ActionPlanForm", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.what.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"What will be done", None))
#endif // QT_CONFIG(accessibility)
        self.indicator_label.setText(QCoreApplication.translate("ActionPlanForm", u"&Indicator:", None))
#if QT_CONFIG(accessibility)
        self.indicator.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Indicator", None))
#endif // QT_CONFIG(accessibility)
        self.responsible_label.setText(QCoreApplication.translate("ActionPlanForm", u"&Responsible:", None))
#if QT_CONFIG(accessibility)
        self.responsible.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Responsible person", None))
#endif // QT_CONFIG(accessibility)
        self.institution_label.setText(QCoreApplication.translate("ActionPlanForm", u"I&nstitution:", None))
#if QT_CONFIG(accessibility)
        self.institution.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Institution", None))
#endif // QT_CONFIG(accessibility)
        self.due_label.setText(QCoreApplication.translate("ActionPlanForm", u"D&ue:", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.resources_label.setText(QCoreApplication.translate("ActionPlanForm", u"Re&sources:", None))
#if QT_CONFIG(accessibility)
        self.resources.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Resources needed", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ActionPlanForm", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.priority_label.setText(QCoreApplication.translate("ActionPlanForm", u"&Priority:", None))
#if QT_CONFIG(accessibility)
        self.priority.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Priority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.escalated.setAccessibleName(QCoreApplication.translate("ActionPlanForm", u"Escalate to the district", None))
#endif // QT_CONFIG(accessibility)
        self.escalated.setText(QCoreApplication.translate("ActionPlanForm", u"&Escalate to the district", None))
        self.photos_box.setTitle(QCoreApplication.translate("ActionPlanForm", u"Photos of the selected action (e.g. the signed plan)", None))
        pass
    # retranslateUi

