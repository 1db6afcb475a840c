# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from scorecard_app.gui.form_widgets import (FormCodeCombo, FormCommitLineEdit)

class Ui_ParticipantsForm(object):
    def setupUi(self, ParticipantsForm):
        if not ParticipantsForm.objectName():
            ParticipantsForm.setObjectName(u"ParticipantsForm")
        self.add_participant_action = QAction(ParticipantsForm)
        self.add_participant_action.setObjectName(u"add_participant_action")
#if QT_CONFIG(shortcut)
        self.add_participant_action.setShortcut(u"Ctrl+Return")
#endif // QT_CONFIG(shortcut)
        self.page_layout = QVBoxLayout(ParticipantsForm)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.split = QSplitter(ParticipantsForm)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.groups_box = QGroupBox(self.split)
        self.groups_box.setObjectName(u"groups_box")
        self.groups_layout = QVBoxLayout(self.groups_box)
        self.groups_layout.setObjectName(u"groups_layout")
        self.groups = QListWidget(self.groups_box)
        self.groups.setObjectName(u"groups")
        self.groups.setWordWrap(True)

        self.groups_layout.addWidget(self.groups)

        self.new_group_label = QLabel(self.groups_box)
        self.new_group_label.setObjectName(u"new_group_label")

        self.groups_layout.addWidget(self.new_group_label)

        self.group_type = FormCodeCombo(self.groups_box)
        self.group_type.setObjectName(u"group_type")

        self.groups_layout.addWidget(self.group_type)

        self.group_name = FormCommitLineEdit(self.groups_box)
        self.group_name.setObjectName(u"group_name")

        self.groups_layout.addWidget(self.group_name)

        self.add_group_button = QPushButton(self.groups_box)
        self.add_group_button.setObjectName(u"add_group_button")

        self.groups_layout.addWidget(self.add_group_button)

        self.selected_group_label = QLabel(self.groups_box)
        self.selected_group_label.setObjectName(u"selected_group_label")

        self.groups_layout.addWidget(self.selected_group_label)

        self.selected = QFormLayout()
        self.selected.setObjectName(u"selected")
        self.rename_label = QLabel(self.groups_box)
        self.rename_label.setObjectName(u"rename_label")

        self.selected.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rename_label)

        self.rename = FormCommitLineEdit(self.groups_box)
        self.rename.setObjectName(u"rename")

        self.selected.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rename)

        self.selected_type_label = QLabel(self.groups_box)
        self.selected_type_label.setObjectName(u"selected_type_label")

        self.selected.setWidget(1, QFormLayout.ItemRole.LabelRole, self.selected_type_label)

        self.selected_type = FormCodeCombo(self.groups_box)
        self.selected_type.setObjectName(u"selected_type")

        self.selected.setWidget(1, QFormLayout.ItemRole.FieldRole, self.selected_type)

        self.group_facilitators_label = QLabel(self.groups_box)
        self.group_facilitators_label.setObjectName(u"group_facilitators_label")

        self.selected.setWidget(2, QFormLayout.ItemRole.LabelRole, self.group_facilitators_label)

        self.group_facilitators = FormCommitLineEdit(self.groups_box)
        self.group_facilitators.setObjectName(u"group_facilitators")

        self.selected.setWidget(2, QFormLayout.ItemRole.FieldRole, self.group_facilitators)


        self.groups_layout.addLayout(self.selected)

        self.remove_group_button = QPushButton(self.groups_box)
        self.remove_group_button.setObjectName(u"remove_group_button")

        self.groups_layout.addWidget(self.remove_group_button)

        self.staff_hint = QLabel(self.groups_box)
        self.staff_hint.setObjectName(u"staff_hint")
        self.staff_hint.setWordWrap(True)

        self.groups_layout.addWidget(self.staff_hint)

        self.groups_layout.setStretch(0, 1)
        self.split.addWidget(self.groups_box)
        self.people_box = QGroupBox(self.split)
        self.people_box.setObjectName(u"people_box")
        self.people_layout = QVBoxLayout(self.people_box)
        self.people_layout.setObjectName(u"people_layout")
        self.table = QTableWidget(self.people_box)
        if (self.table.columnCount() < 8):
            self.table.setColumnCount(8)
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
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)

        self.people_layout.addWidget(self.table)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(self.people_box)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(self.people_box)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_end)


        self.people_layout.addLayout(self.buttons_row)

        self.anonymous_row = QHBoxLayout()
        self.anonymous_row.setObjectName(u"anonymous_row")
        self.anon_button = QPushButton(self.people_box)
        self.anon_button.setObjectName(u"anon_button")

        self.anonymous_row.addWidget(self.anon_button)

        self.anonymous_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.anonymous_row.addItem(self.anonymous_end)


        self.people_layout.addLayout(self.anonymous_row)

        self.privacy_note = QLabel(self.people_box)
        self.privacy_note.setObjectName(u"privacy_note")
        self.privacy_note.setWordWrap(True)

        self.people_layout.addWidget(self.privacy_note)

        self.people_layout.setStretch(0, 1)
        self.split.addWidget(self.people_box)
        self.who_box = QGroupBox(self.split)
        self.who_box.setObjectName(u"who_box")
        self.who_layout = QVBoxLayout(self.who_box)
        self.who_layout.setObjectName(u"who_layout")
        self.summary = QLabel(self.who_box)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.who_layout.addWidget(self.summary)

        self.warnings = QLabel(self.who_box)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)

        self.who_layout.addWidget(self.warnings)

        self.who_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.who_layout.addItem(self.who_end)

        self.split.addWidget(self.who_box)

        self.page_layout.addWidget(self.split)

#if QT_CONFIG(shortcut)
        self.rename_label.setBuddy(self.rename)
        self.selected_type_label.setBuddy(self.selected_type)
        self.group_facilitators_label.setBuddy(self.group_facilitators)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groups, self.group_type)
        QWidget.setTabOrder(self.group_type, self.group_name)
        QWidget.setTabOrder(self.group_name, self.add_group_button)
        QWidget.setTabOrder(self.add_group_button, self.rename)
        QWidget.setTabOrder(self.rename, self.selected_type)
        QWidget.setTabOrder(self.selected_type, self.group_facilitators)
        QWidget.setTabOrder(self.group_facilitators, self.remove_group_button)
        QWidget.setTabOrder(self.remove_group_button, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.anon_button)

        ParticipantsForm.addAction(self.add_participant_action)

        self.retranslateUi(ParticipantsForm)

        QMetaObject.connectSlotsByName(ParticipantsForm)
    # setupUi

    def retranslateUi(self, ParticipantsForm):
        self.add_participant_action.setText(QCoreApplication.translate("ParticipantsForm", u"Add participant", None))
        self.groups_box.setTitle(QCoreApplication.translate("ParticipantsForm", u"Groups", None))
#if QT_CONFIG(accessibility)
        self.groups.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Groups", None))
#endif // QT_CONFIG(accessibility)
        self.new_group_label.setText(QCoreApplication.translate("ParticipantsForm", u"New group:", None))
#if QT_CONFIG(accessibility)
        self.group_type.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"New group type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.group_name.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"New group name", None))
#endif // QT_CONFIG(accessibility)
        self.group_name.setPlaceholderText(QCoreApplication.translate("ParticipantsForm", u"Name (optional)", None))
#if QT_CONFIG(accessibility)
        self.add_group_button.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Add group", None))
#endif // QT_CONFIG(accessibility)
        self.add_group_button.setText(QCoreApplication.translate("ParticipantsForm", u"Add &group", None))
        self.selected_group_label.setText(QCoreApplication.translate("ParticipantsForm", u"Selected group:", None))
        self.rename_label.setText(QCoreApplication.translate("ParticipantsForm", u"Name:", None))
#if QT_CONFIG(accessibility)
        self.rename.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Selected group name", None))
#endif // QT_CONFIG(accessibility)
        self.selected_type_label.setText(QCoreApplication.translate("ParticipantsForm", u"Type:", None))
#if QT_CONFIG(accessibility)
        self.selected_type.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Selected group type", None))
#endif // QT_CONFIG(accessibility)
        self.group_facilitators_label.setText(QCoreApplication.translate("ParticipantsForm", u"Facilitators:", None))
#if QT_CONFIG(accessibility)
        self.group_facilitators.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Facilitators of the selected group", None))
#endif // QT_CONFIG(accessibility)
        self.group_facilitators.setPlaceholderText(QCoreApplication.translate("ParticipantsForm", u"Lead, note-taker (commas between)", None))
#if QT_CONFIG(accessibility)
        self.remove_group_button.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Remove group", None))
#endif // QT_CONFIG(accessibility)
        self.remove_group_button.setText(QCoreApplication.translate("ParticipantsForm", u"Remove group", None))
        self.staff_hint.setText(QCoreApplication.translate("ParticipantsForm", u"A group of type \u201cStaff\u201d is the service provider group.", None))
        self.people_box.setTitle(QCoreApplication.translate("ParticipantsForm", u"Participants of the selected group", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ParticipantsForm", u"Sticker no.", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ParticipantsForm", u"Age", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ParticipantsForm", u"Gender", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ParticipantsForm", u"Disability", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ParticipantsForm", u"Minority", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ParticipantsForm", u"Poor", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ParticipantsForm", u"Youth", None))
        ___qtablewidgetitem7 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ParticipantsForm", u"Counted", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("ParticipantsForm", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Add participant", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ParticipantsForm", u"&Add participant", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Remove participant", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("ParticipantsForm", u"&Remove participant", None))
#if QT_CONFIG(tooltip)
        self.anon_button.setToolTip(QCoreApplication.translate("ParticipantsForm", u"\u201cSomeone in the room\u201d: raises issues quickly, not counted as a person", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.anon_button.setAccessibleName(QCoreApplication.translate("ParticipantsForm", u"Add anonymous participant", None))
#endif // QT_CONFIG(accessibility)
        self.anon_button.setText(QCoreApplication.translate("ParticipantsForm", u"Add a&nonymous participant", None))
        self.privacy_note.setText(QCoreApplication.translate("ParticipantsForm", u"Only numbers are kept, never names. Write the sticker number on each person's chest sticker. Youth is set from the age.", None))
        self.who_box.setTitle(QCoreApplication.translate("ParticipantsForm", u"Who takes part", None))
        pass
    # retranslateUi

