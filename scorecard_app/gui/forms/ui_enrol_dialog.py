# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QWidget)

class Ui_EnrolForm(object):
    def setupUi(self, EnrolForm):
        if not EnrolForm.objectName():
            EnrolForm.setObjectName(u"EnrolForm")
        self.enrol_button = QPushButton(EnrolForm)
        self.enrol_button.setObjectName(u"enrol_button")
        self.form = QFormLayout(EnrolForm)
        self.form.setObjectName(u"form")
        self.intro = QLabel(EnrolForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.intro)

        self.url_label = QLabel(EnrolForm)
        self.url_label.setObjectName(u"url_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url = QLineEdit(EnrolForm)
        self.url.setObjectName(u"url")
        self.url.setPlaceholderText(u"https://\u2026")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.url)

        self.code_label = QLabel(EnrolForm)
        self.code_label.setObjectName(u"code_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(EnrolForm)
        self.code.setObjectName(u"code")
        self.code.setPlaceholderText(u"K7QF-M2XD-9TWA")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.buttons = QDialogButtonBox(EnrolForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url)
        self.code_label.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.url, self.code)

        self.retranslateUi(EnrolForm)

        self.enrol_button.setDefault(True)


        QMetaObject.connectSlotsByName(EnrolForm)
    # setupUi

    def retranslateUi(self, EnrolForm):
        EnrolForm.setWindowTitle(QCoreApplication.translate("EnrolForm", u"Enrol this laptop", None))
#if QT_CONFIG(accessibility)
        self.enrol_button.setAccessibleName(QCoreApplication.translate("EnrolForm", u"Enrol", None))
#endif // QT_CONFIG(accessibility)
        self.enrol_button.setText(QCoreApplication.translate("EnrolForm", u"&Enrol", None))
        self.intro.setText(QCoreApplication.translate("EnrolForm", u"Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.", None))
        self.url_label.setText(QCoreApplication.translate("EnrolForm", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.url.setAccessibleName(QCoreApplication.translate("EnrolForm", u"Head office address", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("EnrolForm", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("EnrolForm", u"Enrolment code", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

