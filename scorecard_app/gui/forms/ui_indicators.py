# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicators.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QVBoxLayout, QWidget)

from scorecard_app.gui.form_widgets import FormCommitLineEdit

class Ui_IndicatorsForm(object):
    def setupUi(self, IndicatorsForm):
        if not IndicatorsForm.objectName():
            IndicatorsForm.setObjectName(u"IndicatorsForm")
        self.move_up_action = QAction(IndicatorsForm)
        self.move_up_action.setObjectName(u"move_up_action")
#if QT_CONFIG(shortcut)
        self.move_up_action.setShortcut(u"Ctrl+Up")
#endif // QT_CONFIG(shortcut)
        self.move_up_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.move_down_action = QAction(IndicatorsForm)
        self.move_down_action.setObjectName(u"move_down_action")
#if QT_CONFIG(shortcut)
        self.move_down_action.setShortcut(u"Ctrl+Down")
#endif // QT_CONFIG(shortcut)
        self.move_down_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.page_layout = QVBoxLayout(IndicatorsForm)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.split = QSplitter(IndicatorsForm)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.choose_box = QGroupBox(self.split)
        self.choose_box.setObjectName(u"choose_box")
        self.choose_layout = QVBoxLayout(self.choose_box)
        self.choose_layout.setObjectName(u"choose_layout")
        self.sources = QTabWidget(self.choose_box)
        self.sources.setObjectName(u"sources")
        self.from_issues = QWidget()
        self.from_issues.setObjectName(u"from_issues")
        self.issues_layout = QVBoxLayout(self.from_issues)
        self.issues_layout.setObjectName(u"issues_layout")
        self.issue_list = QListWidget(self.from_issues)
        self.issue_list.setObjectName(u"issue_list")

        self.issues_layout.addWidget(self.issue_list)

        self.add_issue_button = QPushButton(self.from_issues)
        self.add_issue_button.setObjectName(u"add_issue_button")

        self.issues_layout.addWidget(self.add_issue_button)

        self.issues_layout.setStretch(0, 1)
        self.sources.addTab(self.from_issues, "")
        self.from_library = QWidget()
        self.from_library.setObjectName(u"from_library")
        self.library_layout = QVBoxLayout(self.from_library)
        self.library_layout.setObjectName(u"library_layout")
        self.search = QLineEdit(self.from_library)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.library_layout.addWidget(self.search)

        self.library = QListWidget(self.from_library)
        self.library.setObjectName(u"library")

        self.library_layout.addWidget(self.library)

        self.add_lib_button = QPushButton(self.from_library)
        self.add_lib_button.setObjectName(u"add_lib_button")

        self.library_layout.addWidget(self.add_lib_button)

        self.library_layout.setStretch(1, 1)
        self.sources.addTab(self.from_library, "")

        self.choose_layout.addWidget(self.sources)

        self.custom_label = QLabel(self.choose_box)
        self.custom_label.setObjectName(u"custom_label")

        self.choose_layout.addWidget(self.custom_label)

        self.custom = FormCommitLineEdit(self.choose_box)
        self.custom.setObjectName(u"custom")

        self.choose_layout.addWidget(self.custom)

        self.choose_layout.setStretch(0, 1)
        self.split.addWidget(self.choose_box)
        self.chosen_box = QGroupBox(self.split)
        self.chosen_box.setObjectName(u"chosen_box")
        self.chosen_layout = QVBoxLayout(self.chosen_box)
        self.chosen_layout.setObjectName(u"chosen_layout")
        self.lock_row = QHBoxLayout()
        self.lock_row.setObjectName(u"lock_row")
        self.lock_label = QLabel(self.chosen_box)
        self.lock_label.setObjectName(u"lock_label")
        self.lock_label.setWordWrap(True)

        self.lock_row.addWidget(self.lock_label)

        self.unlock_button = QPushButton(self.chosen_box)
        self.unlock_button.setObjectName(u"unlock_button")

        self.lock_row.addWidget(self.unlock_button)

        self.lock_row.setStretch(0, 1)

        self.chosen_layout.addLayout(self.lock_row)

        self.chosen = QListWidget(self.chosen_box)
        self.chosen.setObjectName(u"chosen")

        self.chosen_layout.addWidget(self.chosen)

        self.text_label = QLabel(self.chosen_box)
        self.text_label.setObjectName(u"text_label")

        self.chosen_layout.addWidget(self.text_label)

        self.text_edit = FormCommitLineEdit(self.chosen_box)
        self.text_edit.setObjectName(u"text_edit")

        self.chosen_layout.addWidget(self.text_edit)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.up_button = QPushButton(self.chosen_box)
        self.up_button.setObjectName(u"up_button")

        self.buttons_row.addWidget(self.up_button)

        self.down_button = QPushButton(self.chosen_box)
        self.down_button.setObjectName(u"down_button")

        self.buttons_row.addWidget(self.down_button)

        self.remove_button = QPushButton(self.chosen_box)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_end)


        self.chosen_layout.addLayout(self.buttons_row)

        self.chosen_layout.setStretch(1, 1)
        self.split.addWidget(self.chosen_box)

        self.page_layout.addWidget(self.split)

#if QT_CONFIG(shortcut)
        self.custom_label.setBuddy(self.custom)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sources, self.issue_list)
        QWidget.setTabOrder(self.issue_list, self.add_issue_button)
        QWidget.setTabOrder(self.add_issue_button, self.search)
        QWidget.setTabOrder(self.search, self.library)
        QWidget.setTabOrder(self.library, self.add_lib_button)
        QWidget.setTabOrder(self.add_lib_button, self.custom)
        QWidget.setTabOrder(self.custom, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.chosen)
        QWidget.setTabOrder(self.chosen, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.remove_button)

        self.chosen.addAction(self.move_up_action)
        self.chosen.addAction(self.move_down_action)

        self.retranslateUi(IndicatorsForm)

        QMetaObject.connectSlotsByName(IndicatorsForm)
    # setupUi

    def retranslateUi(self, IndicatorsForm):
        self.move_up_action.setText(QCoreApplication.translate("IndicatorsForm", u"Move indicator up", None))
        self.move_down_action.setText(QCoreApplication.translate("IndicatorsForm", u"Move indicator down", None))
        self.choose_box.setTitle(QCoreApplication.translate("IndicatorsForm", u"Choose indicators", None))
#if QT_CONFIG(accessibility)
        self.sources.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Where indicators come from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.issue_list.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Ranked issues to choose from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_issue_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Use issue as indicator", None))
#endif // QT_CONFIG(accessibility)
        self.add_issue_button.setText(QCoreApplication.translate("IndicatorsForm", u"Use issue as &indicator", None))
        self.sources.setTabText(self.sources.indexOf(self.from_issues), QCoreApplication.translate("IndicatorsForm", u"From the issues", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Search the library", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("IndicatorsForm", u"Search the indicator library\u2026", None))
#if QT_CONFIG(accessibility)
        self.library.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Library indicators", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_lib_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Add from library", None))
#endif // QT_CONFIG(accessibility)
        self.add_lib_button.setText(QCoreApplication.translate("IndicatorsForm", u"Add from &library", None))
        self.sources.setTabText(self.sources.indexOf(self.from_library), QCoreApplication.translate("IndicatorsForm", u"From the library", None))
        self.custom_label.setText(QCoreApplication.translate("IndicatorsForm", u"Or write a custom one:", None))
#if QT_CONFIG(accessibility)
        self.custom.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Custom indicator", None))
#endif // QT_CONFIG(accessibility)
        self.custom.setPlaceholderText(QCoreApplication.translate("IndicatorsForm", u"Type your own indicator and press Enter", None))
        self.chosen_box.setTitle(QCoreApplication.translate("IndicatorsForm", u"Indicators of this cycle, in scoring order", None))
#if QT_CONFIG(accessibility)
        self.unlock_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Unlock indicators", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("IndicatorsForm", u"&Unlock indicators\u2026", None))
#if QT_CONFIG(accessibility)
        self.chosen.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Chosen indicators", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("IndicatorsForm", u"Text of the selected indicator:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Indicator text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("IndicatorsForm", u"Ctrl+Up", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.up_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Move indicator up", None))
#endif // QT_CONFIG(accessibility)
        self.up_button.setText(QCoreApplication.translate("IndicatorsForm", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("IndicatorsForm", u"Ctrl+Down", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.down_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Move indicator down", None))
#endif // QT_CONFIG(accessibility)
        self.down_button.setText(QCoreApplication.translate("IndicatorsForm", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("IndicatorsForm", u"Remove indicator", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("IndicatorsForm", u"&Remove", None))
        pass
    # retranslateUi

