# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_setup.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import (FormCodeCombo, LocationEditor)

class Ui_CycleSetupForm(object):
    def setupUi(self, CycleSetupForm):
        if not CycleSetupForm.objectName():
            CycleSetupForm.setObjectName(u"CycleSetupForm")
        CycleSetupForm.setMinimumSize(QSize(780, 0))
        self.layout = QVBoxLayout(CycleSetupForm)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.facility_label = QLabel(CycleSetupForm)
        self.facility_label.setObjectName(u"facility_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.facility_label)

        self.facility = FormCodeCombo(CycleSetupForm)
        self.facility.setObjectName(u"facility")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.facility)

        self.facility_name_label = QLabel(CycleSetupForm)
        self.facility_name_label.setObjectName(u"facility_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.facility_name_label)

        self.facility_name = QLineEdit(CycleSetupForm)
        self.facility_name.setObjectName(u"facility_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.facility_name)

        self.sector_label = QLabel(CycleSetupForm)
        self.sector_label.setObjectName(u"sector_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector = FormCodeCombo(CycleSetupForm)
        self.sector.setObjectName(u"sector")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sector)

        self.location_label = QLabel(CycleSetupForm)
        self.location_label.setObjectName(u"location_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = LocationEditor(CycleSetupForm)
        self.location.setObjectName(u"location")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location)

        self.round_caption = QLabel(CycleSetupForm)
        self.round_caption.setObjectName(u"round_caption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.round_caption)

        self.round_label = QLabel(CycleSetupForm)
        self.round_label.setObjectName(u"round_label")
        self.round_label.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.round_label)

        self.scale_label = QLabel(CycleSetupForm)
        self.scale_label.setObjectName(u"scale_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scale_label)

        self.scale = FormCodeCombo(CycleSetupForm)
        self.scale.setObjectName(u"scale")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scale)

        self.mode_label = QLabel(CycleSetupForm)
        self.mode_label.setObjectName(u"mode_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode = FormCodeCombo(CycleSetupForm)
        self.mode.setObjectName(u"mode")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mode)

        self.language_label = QLabel(CycleSetupForm)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = FormCodeCombo(CycleSetupForm)
        self.language.setObjectName(u"language")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.language)

        self.lead_label = QLabel(CycleSetupForm)
        self.lead_label.setObjectName(u"lead_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lead_label)

        self.lead = QLineEdit(CycleSetupForm)
        self.lead.setObjectName(u"lead")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lead)

        self.others_label = QLabel(CycleSetupForm)
        self.others_label.setObjectName(u"others_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.others_label)

        self.others = QLineEdit(CycleSetupForm)
        self.others.setObjectName(u"others")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.others)

        self.training = QCheckBox(CycleSetupForm)
        self.training.setObjectName(u"training")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.training)

        self.training_note = QLabel(CycleSetupForm)
        self.training_note.setObjectName(u"training_note")
        self.training_note.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.training_note)


        self.layout.addLayout(self.form)

        self.error = QLabel(CycleSetupForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(CycleSetupForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.facility_label.setBuddy(self.facility)
        self.facility_name_label.setBuddy(self.facility_name)
        self.sector_label.setBuddy(self.sector)
        self.location_label.setBuddy(self.location)
        self.scale_label.setBuddy(self.scale)
        self.mode_label.setBuddy(self.mode)
        self.language_label.setBuddy(self.language)
        self.lead_label.setBuddy(self.lead)
        self.others_label.setBuddy(self.others)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.facility, self.facility_name)
        QWidget.setTabOrder(self.facility_name, self.sector)
        QWidget.setTabOrder(self.sector, self.location)
        QWidget.setTabOrder(self.location, self.scale)
        QWidget.setTabOrder(self.scale, self.mode)
        QWidget.setTabOrder(self.mode, self.language)
        QWidget.setTabOrder(self.language, self.lead)
        QWidget.setTabOrder(self.lead, self.others)
        QWidget.setTabOrder(self.others, self.training)
        QWidget.setTabOrder(self.training, self.buttons)

        self.retranslateUi(CycleSetupForm)

        QMetaObject.connectSlotsByName(CycleSetupForm)
    # setupUi

    def retranslateUi(self, CycleSetupForm):
        CycleSetupForm.setWindowTitle(QCoreApplication.translate("CycleSetupForm", u"New score card cycle", None))
        self.facility_label.setText(QCoreApplication.translate("CycleSetupForm", u"&Facility:", None))
#if QT_CONFIG(accessibility)
        self.facility.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Facility", None))
#endif // QT_CONFIG(accessibility)
        self.facility.setPlaceholderText(QCoreApplication.translate("CycleSetupForm", u"Choose a facility\u2026", None))
        self.facility_name_label.setText(QCoreApplication.translate("CycleSetupForm", u"New facility &name:", None))
#if QT_CONFIG(accessibility)
        self.facility_name.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"New facility name", None))
#endif // QT_CONFIG(accessibility)
        self.facility_name.setPlaceholderText(QCoreApplication.translate("CycleSetupForm", u"e.g. Riverside Health Centre", None))
        self.sector_label.setText(QCoreApplication.translate("CycleSetupForm", u"Se&ctor:", None))
#if QT_CONFIG(accessibility)
        self.sector.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("CycleSetupForm", u"Community &location:", None))
        self.round_caption.setText(QCoreApplication.translate("CycleSetupForm", u"Round:", None))
#if QT_CONFIG(accessibility)
        self.round_label.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Round", None))
#endif // QT_CONFIG(accessibility)
        self.scale_label.setText(QCoreApplication.translate("CycleSetupForm", u"&Scale:", None))
#if QT_CONFIG(accessibility)
        self.scale.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Scale", None))
#endif // QT_CONFIG(accessibility)
        self.mode_label.setText(QCoreApplication.translate("CycleSetupForm", u"Scoring &mode:", None))
#if QT_CONFIG(accessibility)
        self.mode.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Scoring mode", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("CycleSetupForm", u"Session lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Session language", None))
#endif // QT_CONFIG(accessibility)
        self.lead_label.setText(QCoreApplication.translate("CycleSetupForm", u"Lea&d facilitator:", None))
#if QT_CONFIG(accessibility)
        self.lead.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Lead facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.others_label.setText(QCoreApplication.translate("CycleSetupForm", u"&Other facilitators:", None))
#if QT_CONFIG(accessibility)
        self.others.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Other facilitators", None))
#endif // QT_CONFIG(accessibility)
        self.others.setPlaceholderText(QCoreApplication.translate("CycleSetupForm", u"Names, separated by commas", None))
#if QT_CONFIG(accessibility)
        self.training.setAccessibleName(QCoreApplication.translate("CycleSetupForm", u"Training cycle", None))
#endif // QT_CONFIG(accessibility)
        self.training.setText(QCoreApplication.translate("CycleSetupForm", u"&Training cycle", None))
        self.training_note.setText(QCoreApplication.translate("CycleSetupForm", u"Practice only: marked as training on every screen and never synced.", None))
    # retranslateUi

