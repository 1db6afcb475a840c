# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import (FormCodeCombo, FormCommitLineEdit, FormDateLineEdit, LocationEditor)

class Ui_SetupForm(object):
    def setupUi(self, SetupForm):
        if not SetupForm.objectName():
            SetupForm.setObjectName(u"SetupForm")
        self.page_layout = QVBoxLayout(SetupForm)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SetupForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setObjectName(u"inner")
        self.row = QHBoxLayout(self.inner)
        self.row.setObjectName(u"row")
        self.cycle_box = QGroupBox(self.inner)
        self.cycle_box.setObjectName(u"cycle_box")
        self.form = QFormLayout(self.cycle_box)
        self.form.setObjectName(u"form")
        self.facility_name_caption = QLabel(self.cycle_box)
        self.facility_name_caption.setObjectName(u"facility_name_caption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.facility_name_caption)

        self.facility_name = FormCommitLineEdit(self.cycle_box)
        self.facility_name.setObjectName(u"facility_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.facility_name)

        self.sector_caption = QLabel(self.cycle_box)
        self.sector_caption.setObjectName(u"sector_caption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sector_caption)

        self.sector = FormCodeCombo(self.cycle_box)
        self.sector.setObjectName(u"sector")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.location_caption = QLabel(self.cycle_box)
        self.location_caption.setObjectName(u"location_caption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.location_caption)

        self.location = LocationEditor(self.cycle_box)
        self.location.setObjectName(u"location")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)

        self.round_label_caption = QLabel(self.cycle_box)
        self.round_label_caption.setObjectName(u"round_label_caption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.round_label_caption)

        self.round_label = QLabel(self.cycle_box)
        self.round_label.setObjectName(u"round_label")
        self.round_label.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.round_label)

        self.scale_caption = QLabel(self.cycle_box)
        self.scale_caption.setObjectName(u"scale_caption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scale_caption)

        self.scale = FormCodeCombo(self.cycle_box)
        self.scale.setObjectName(u"scale")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scale)

        self.scale_note = QLabel(self.cycle_box)
        self.scale_note.setObjectName(u"scale_note")
        self.scale_note.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scale_note)

        self.mode_caption = QLabel(self.cycle_box)
        self.mode_caption.setObjectName(u"mode_caption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mode_caption)

        self.mode = FormCodeCombo(self.cycle_box)
        self.mode.setObjectName(u"mode")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mode)

        self.language_caption = QLabel(self.cycle_box)
        self.language_caption.setObjectName(u"language_caption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.language_caption)

        self.language = FormCodeCombo(self.cycle_box)
        self.language.setObjectName(u"language")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.language)

        self.lead_caption = QLabel(self.cycle_box)
        self.lead_caption.setObjectName(u"lead_caption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lead_caption)

        self.lead = FormCommitLineEdit(self.cycle_box)
        self.lead.setObjectName(u"lead")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lead)

        self.others_caption = QLabel(self.cycle_box)
        self.others_caption.setObjectName(u"others_caption")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.others_caption)

        self.others = FormCommitLineEdit(self.cycle_box)
        self.others.setObjectName(u"others")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.others)

        self.next_review_caption = QLabel(self.cycle_box)
        self.next_review_caption.setObjectName(u"next_review_caption")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.next_review_caption)

        self.next_review = FormDateLineEdit(self.cycle_box)
        self.next_review.setObjectName(u"next_review")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.next_review)

        self.training_label_caption = QLabel(self.cycle_box)
        self.training_label_caption.setObjectName(u"training_label_caption")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.training_label_caption)

        self.training_label = QLabel(self.cycle_box)
        self.training_label.setObjectName(u"training_label")
        self.training_label.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.training_label)


        self.row.addWidget(self.cycle_box)

        self.dates_box = QGroupBox(self.inner)
        self.dates_box.setObjectName(u"dates_box")
        self.dates = QGridLayout(self.dates_box)
        self.dates.setObjectName(u"dates")
        self.step_heading = QLabel(self.dates_box)
        self.step_heading.setObjectName(u"step_heading")

        self.dates.addWidget(self.step_heading, 0, 0, 1, 1)

        self.planned_heading = QLabel(self.dates_box)
        self.planned_heading.setObjectName(u"planned_heading")

        self.dates.addWidget(self.planned_heading, 0, 1, 1, 1)

        self.actual_heading = QLabel(self.dates_box)
        self.actual_heading.setObjectName(u"actual_heading")

        self.dates.addWidget(self.actual_heading, 0, 2, 1, 1)


        self.row.addWidget(self.dates_box)

        self.row.setStretch(0, 3)
        self.row.setStretch(1, 2)
        self.scroll.setWidget(self.inner)

        self.page_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.facility_name_caption.setBuddy(self.facility_name)
        self.sector_caption.setBuddy(self.sector)
        self.location_caption.setBuddy(self.location)
        self.scale_caption.setBuddy(self.scale)
        self.mode_caption.setBuddy(self.mode)
        self.language_caption.setBuddy(self.language)
        self.lead_caption.setBuddy(self.lead)
        self.others_caption.setBuddy(self.others)
        self.next_review_caption.setBuddy(self.next_review)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scroll, self.facility_name)
        QWidget.setTabOrder(self.facility_name, self.sector)
        QWidget.setTabOrder(self.sector, self.location)
        QWidget.setTabOrder(self.location, self.scale)
        QWidget.setTabOrder(self.scale, self.mode)
        QWidget.setTabOrder(self.mode, self.language)
        QWidget.setTabOrder(self.language, self.lead)
        QWidget.setTabOrder(self.lead, self.others)
        QWidget.setTabOrder(self.others, self.next_review)

        self.retranslateUi(SetupForm)

        QMetaObject.connectSlotsByName(SetupForm)
    # setupUi

    def retranslateUi(self, SetupForm):
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("SetupForm", u"Setup of the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.cycle_box.setTitle(QCoreApplication.translate("SetupForm", u"The cycle", None))
        self.facility_name_caption.setText(QCoreApplication.translate("SetupForm", u"F&acility:", None))
#if QT_CONFIG(accessibility)
        self.facility_name.setAccessibleName(QCoreApplication.translate("SetupForm", u"Facility name", None))
#endif // QT_CONFIG(accessibility)
        self.sector_caption.setText(QCoreApplication.translate("SetupForm", u"Sec&tor:", None))
#if QT_CONFIG(accessibility)
        self.sector.setAccessibleName(QCoreApplication.translate("SetupForm", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.location_caption.setText(QCoreApplication.translate("SetupForm", u"Community &location:", None))
        self.round_label_caption.setText(QCoreApplication.translate("SetupForm", u"Round:", None))
        self.scale_caption.setText(QCoreApplication.translate("SetupForm", u"&Scale:", None))
#if QT_CONFIG(accessibility)
        self.scale.setAccessibleName(QCoreApplication.translate("SetupForm", u"Scale", None))
#endif // QT_CONFIG(accessibility)
        self.mode_caption.setText(QCoreApplication.translate("SetupForm", u"Scoring &mode:", None))
#if QT_CONFIG(accessibility)
        self.mode.setAccessibleName(QCoreApplication.translate("SetupForm", u"Scoring mode", None))
#endif // QT_CONFIG(accessibility)
        self.language_caption.setText(QCoreApplication.translate("SetupForm", u"Session lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("SetupForm", u"Session language", None))
#endif // QT_CONFIG(accessibility)
        self.lead_caption.setText(QCoreApplication.translate("SetupForm", u"Lea&d facilitator:", None))
#if QT_CONFIG(accessibility)
        self.lead.setAccessibleName(QCoreApplication.translate("SetupForm", u"Lead facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.others_caption.setText(QCoreApplication.translate("SetupForm", u"&Other facilitators:", None))
#if QT_CONFIG(accessibility)
        self.others.setAccessibleName(QCoreApplication.translate("SetupForm", u"Other facilitators", None))
#endif // QT_CONFIG(accessibility)
        self.others.setPlaceholderText(QCoreApplication.translate("SetupForm", u"Names, separated by commas", None))
        self.next_review_caption.setText(QCoreApplication.translate("SetupForm", u"Ne&xt round planned for:", None))
#if QT_CONFIG(accessibility)
        self.next_review.setAccessibleName(QCoreApplication.translate("SetupForm", u"Next round planned for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.next_review.setToolTip(QCoreApplication.translate("SetupForm", u"Score cards are repeated every 6 to 12 months", None))
#endif // QT_CONFIG(tooltip)
        self.training_label_caption.setText(QCoreApplication.translate("SetupForm", u"Training:", None))
        self.dates_box.setTitle(QCoreApplication.translate("SetupForm", u"Dates of each step", None))
        self.step_heading.setText(QCoreApplication.translate("SetupForm", u"<b>Step</b>", None))
        self.planned_heading.setText(QCoreApplication.translate("SetupForm", u"<b>Planned</b>", None))
        self.actual_heading.setText(QCoreApplication.translate("SetupForm", u"<b>Done on</b>", None))
        pass
    # retranslateUi

