# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        self.dialog_layout = QVBoxLayout(SettingsForm)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.language_label = QLabel(SettingsForm)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsForm)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.size_label = QLabel(SettingsForm)
        self.size_label.setObjectName(u"size_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.size_label)

        self.text_size = QSpinBox(SettingsForm)
        self.text_size.setObjectName(u"text_size")
        self.text_size.setSuffix(u" %")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_size)

        self.contrast_label = QLabel(SettingsForm)
        self.contrast_label.setObjectName(u"contrast_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contrast_label)

        self.contrast = QComboBox(SettingsForm)
        self.contrast.addItem("")
        self.contrast.addItem("")
        self.contrast.addItem("")
        self.contrast.setObjectName(u"contrast")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contrast)


        self.dialog_layout.addLayout(self.form)

        self.note = QLabel(SettingsForm)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.dialog_layout.addWidget(self.note)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_space)

        self.buttons = QDialogButtonBox(SettingsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.size_label.setBuddy(self.text_size)
        self.contrast_label.setBuddy(self.contrast)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.text_size)
        QWidget.setTabOrder(self.text_size, self.contrast)

        self.retranslateUi(SettingsForm)

        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        SettingsForm.setWindowTitle(QCoreApplication.translate("SettingsForm", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsForm", u"Interface &language:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.size_label.setText(QCoreApplication.translate("SettingsForm", u"&Text size:", None))
#if QT_CONFIG(accessibility)
        self.text_size.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Text size in percent", None))
#endif // QT_CONFIG(accessibility)
        self.contrast_label.setText(QCoreApplication.translate("SettingsForm", u"&Contrast:", None))
        self.contrast.setItemText(0, QCoreApplication.translate("SettingsForm", u"Follow the system", None))
        self.contrast.setItemText(1, QCoreApplication.translate("SettingsForm", u"Normal", None))
        self.contrast.setItemText(2, QCoreApplication.translate("SettingsForm", u"High contrast", None))

#if QT_CONFIG(accessibility)
        self.contrast.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Contrast", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("SettingsForm", u"The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.", None))
    # retranslateUi

