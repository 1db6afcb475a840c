# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interface_meeting.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpinBox,
    QSplitter, QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import (CommitTextEdit, FormDateField, FormEntryTable)

class Ui_InterfaceMeetingForm(object):
    def setupUi(self, InterfaceMeetingForm):
        if not InterfaceMeetingForm.objectName():
            InterfaceMeetingForm.setObjectName(u"InterfaceMeetingForm")
        InterfaceMeetingForm.resize(900, 680)
        self.remove_official_key = QAction(InterfaceMeetingForm)
        self.remove_official_key.setObjectName(u"remove_official_key")
#if QT_CONFIG(shortcut)
        self.remove_official_key.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.remove_official_key.setShortcutContext(Qt.WidgetShortcut)
        self.page_layout = QVBoxLayout(InterfaceMeetingForm)
        self.page_layout.setObjectName(u"page_layout")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.summary = QLabel(InterfaceMeetingForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.head.addWidget(self.summary)

        self.projector_button = QPushButton(InterfaceMeetingForm)
        self.projector_button.setObjectName(u"projector_button")

        self.head.addWidget(self.projector_button)

        self.head.setStretch(0, 1)

        self.page_layout.addLayout(self.head)

        self.message = QLabel(InterfaceMeetingForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.page_layout.addWidget(self.message)

        self.split = QSplitter(InterfaceMeetingForm)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Vertical)
        self.split.setChildrenCollapsible(False)
        self.table = FormEntryTable(self.split)
        self.table.setObjectName(u"table")
        self.split.addWidget(self.table)
        self.bottom = QWidget(self.split)
        self.bottom.setObjectName(u"bottom")
        self.bottom_layout = QHBoxLayout(self.bottom)
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_box = QGroupBox(self.bottom)
        self.meeting_box.setObjectName(u"meeting_box")
        self.meeting_form = QFormLayout(self.meeting_box)
        self.meeting_form.setObjectName(u"meeting_form")
        self.held_on_label = QLabel(self.meeting_box)
        self.held_on_label.setObjectName(u"held_on_label")

        self.meeting_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on = FormDateField(self.meeting_box)
        self.held_on.setObjectName(u"held_on")

        self.meeting_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.venue_label = QLabel(self.meeting_box)
        self.venue_label.setObjectName(u"venue_label")

        self.meeting_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(self.meeting_box)
        self.venue.setObjectName(u"venue")

        self.meeting_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venue)

        self.community_count_label = QLabel(self.meeting_box)
        self.community_count_label.setObjectName(u"community_count_label")

        self.meeting_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.community_count_label)

        self.community_count = QSpinBox(self.meeting_box)
        self.community_count.setObjectName(u"community_count")
        self.community_count.setMaximum(10000)

        self.meeting_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.community_count)

        self.provider_count_label = QLabel(self.meeting_box)
        self.provider_count_label.setObjectName(u"provider_count_label")

        self.meeting_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provider_count_label)

        self.provider_count = QSpinBox(self.meeting_box)
        self.provider_count.setObjectName(u"provider_count")
        self.provider_count.setMaximum(10000)

        self.meeting_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provider_count)

        self.notes_label = QLabel(self.meeting_box)
        self.notes_label.setObjectName(u"notes_label")

        self.meeting_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = CommitTextEdit(self.meeting_box)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.meeting_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)


        self.bottom_layout.addWidget(self.meeting_box)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.officials_box = QGroupBox(self.bottom)
        self.officials_box.setObjectName(u"officials_box")
        self.officials_layout = QVBoxLayout(self.officials_box)
        self.officials_layout.setObjectName(u"officials_layout")
        self.officials = QListWidget(self.officials_box)
        self.officials.setObjectName(u"officials")

        self.officials_layout.addWidget(self.officials)

        self.adder = QHBoxLayout()
        self.adder.setObjectName(u"adder")
        self.new_official = QLineEdit(self.officials_box)
        self.new_official.setObjectName(u"new_official")

        self.adder.addWidget(self.new_official)

        self.add_official_button = QPushButton(self.officials_box)
        self.add_official_button.setObjectName(u"add_official_button")

        self.adder.addWidget(self.add_official_button)

        self.adder.setStretch(0, 1)

        self.officials_layout.addLayout(self.adder)

        self.remove_official_button = QPushButton(self.officials_box)
        self.remove_official_button.setObjectName(u"remove_official_button")

        self.officials_layout.addWidget(self.remove_official_button, 0, Qt.AlignLeft)

        self.officials_layout.setStretch(0, 1)

        self.side.addWidget(self.officials_box)

        self.photos_box = QGroupBox(self.bottom)
        self.photos_box.setObjectName(u"photos_box")
        self.photos_layout = QVBoxLayout(self.photos_box)
        self.photos_layout.setObjectName(u"photos_layout")

        self.side.addWidget(self.photos_box)


        self.bottom_layout.addLayout(self.side)

        self.bottom_layout.setStretch(0, 3)
        self.bottom_layout.setStretch(1, 2)
        self.split.addWidget(self.bottom)

        self.page_layout.addWidget(self.split)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on)
        self.venue_label.setBuddy(self.venue)
        self.community_count_label.setBuddy(self.community_count)
        self.provider_count_label.setBuddy(self.provider_count)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.projector_button)
        QWidget.setTabOrder(self.projector_button, self.held_on)
        QWidget.setTabOrder(self.held_on, self.venue)
        QWidget.setTabOrder(self.venue, self.notes)
        QWidget.setTabOrder(self.notes, self.community_count)
        QWidget.setTabOrder(self.community_count, self.provider_count)
        QWidget.setTabOrder(self.provider_count, self.officials)
        QWidget.setTabOrder(self.officials, self.new_official)
        QWidget.setTabOrder(self.new_official, self.add_official_button)
        QWidget.setTabOrder(self.add_official_button, self.remove_official_button)

        self.retranslateUi(InterfaceMeetingForm)

        QMetaObject.connectSlotsByName(InterfaceMeetingForm)
    # setupUi

    def retranslateUi(self, InterfaceMeetingForm):
        self.remove_official_key.setText(QCoreApplication.translate("InterfaceMeetingForm", u"Remove official", None))
#if QT_CONFIG(accessibility)
        self.projector_button.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Projector view", None))
#endif // QT_CONFIG(accessibility)
        self.projector_button.setText(QCoreApplication.translate("InterfaceMeetingForm", u"&Projector view (F11)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Community and provider scores", None))
#endif // QT_CONFIG(accessibility)
        self.meeting_box.setTitle(QCoreApplication.translate("InterfaceMeetingForm", u"Meeting", None))
        self.held_on_label.setText(QCoreApplication.translate("InterfaceMeetingForm", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.held_on.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.venue_label.setText(QCoreApplication.translate("InterfaceMeetingForm", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venue.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.community_count_label.setText(QCoreApplication.translate("InterfaceMeetingForm", u"Co&mmunity present:", None))
#if QT_CONFIG(accessibility)
        self.community_count.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Community members present", None))
#endif // QT_CONFIG(accessibility)
        self.provider_count_label.setText(QCoreApplication.translate("InterfaceMeetingForm", u"P&roviders present:", None))
#if QT_CONFIG(accessibility)
        self.provider_count.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Providers present", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("InterfaceMeetingForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Meeting notes", None))
#endif // QT_CONFIG(accessibility)
        self.officials_box.setTitle(QCoreApplication.translate("InterfaceMeetingForm", u"Officials present", None))
#if QT_CONFIG(accessibility)
        self.officials.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Officials present", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_official.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"New official", None))
#endif // QT_CONFIG(accessibility)
        self.new_official.setPlaceholderText(QCoreApplication.translate("InterfaceMeetingForm", u"Name (role)", None))
#if QT_CONFIG(accessibility)
        self.add_official_button.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Add official", None))
#endif // QT_CONFIG(accessibility)
        self.add_official_button.setText(QCoreApplication.translate("InterfaceMeetingForm", u"A&dd official", None))
#if QT_CONFIG(accessibility)
        self.remove_official_button.setAccessibleName(QCoreApplication.translate("InterfaceMeetingForm", u"Remove official", None))
#endif // QT_CONFIG(accessibility)
        self.remove_official_button.setText(QCoreApplication.translate("InterfaceMeetingForm", u"Remove o&fficial", None))
        self.photos_box.setTitle(QCoreApplication.translate("InterfaceMeetingForm", u"Photos of the meeting", None))
        pass
    # retranslateUi

