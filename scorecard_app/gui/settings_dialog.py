"""Settings… (Ctrl+,): interface language, text size and contrast, each applied at once.

Stored in QSettings (the laptop's user profile; `saved_settings` reads them back at start), not
in the database: they belong to the person at the keyboard, not to a cycle. A cycle's session language (the language the community group
speaks, printed on its handouts) is a field of the cycle and is not changed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from .appearance import CONTRAST_MODES, TEXT_SCALE_MAX, TEXT_SCALE_MIN, TEXT_SCALE_STEP, appearance
from .forms.ui_settings_dialog import Ui_SettingsForm
from .i18n_runtime import (
    FollowsLanguage,
    interface_languages,
    language_manager,
    refresh_window,
)
from .saved_settings import KEY_CONTRAST, KEY_LANGUAGE, KEY_TEXT_SCALE


class SettingsDialog(FollowsLanguage, QDialog, Ui_SettingsForm):
    """Three choices; each one takes effect as soon as it is made. The layout is
    ui/settings_dialog.ui."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.settings = settings
        for code, native in interface_languages():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(self.language.findData(language_manager().language))
        self.text_size.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_size.setSingleStep(TEXT_SCALE_STEP)
        self.text_size.setValue(appearance().text_scale)
        self.contrast.setCurrentIndex(CONTRAST_MODES.index(appearance().contrast))
        self.buttons.rejected.connect(self.reject)
        # Room for the note in every language: a wrapped label's height follows this width.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text_size.valueChanged.connect(self._text_size_chosen)
        self.contrast.currentIndexChanged.connect(self._contrast_chosen)

    # ---------------------------------------------------------------- choices
    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        self.settings.setValue(KEY_LANGUAGE, code)
        language_manager().set_language(code)
        # Re-worded at once, not when Qt's posted LanguageChange arrives: it is in front of the user.
        self.retranslateUi(self)

    def _text_size_chosen(self, value: int) -> None:
        self.settings.setValue(KEY_TEXT_SCALE, value)
        appearance().set_text_scale(value)
        window = self.parent()
        if isinstance(window, QWidget):
            refresh_window(window, language_manager().language)

    def _contrast_chosen(self, index: int) -> None:
        mode = CONTRAST_MODES[index]
        self.settings.setValue(KEY_CONTRAST, mode)
        appearance().set_contrast(mode)
        window = self.parent()
        if isinstance(window, QWidget):  # faces and legends are drawn in the palette's ink
            refresh_window(window, language_manager().language)


class _WindowFollower(QObject):
    """Keeps one main window in step with language switches, until the window is closed."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.following = True
        language_manager().language_changed.connect(self.language_changed)
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.following = False  # its database may be closed next: touch nothing
        elif obj is self.window and event.type() == QEvent.Type.Show:
            self.following = True
        return False

    def language_changed(self, old_lang: str) -> None:
        if self.following:
            refresh_window(self.window, old_lang)


def open_settings(window: QWidget) -> SettingsDialog:
    settings = getattr(window, "settings", None) or QSettings()
    dlg = SettingsDialog(settings, window)
    dlg.exec()
    return dlg


def install(window) -> None:
    """Called by MainWindow: the Settings… action and retranslation on language switches."""
    act = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
    act.setShortcut(QKeySequence("Ctrl+,"))
    act.setMenuRole(QAction.MenuRole.PreferencesRole)
    act.triggered.connect(lambda: open_settings(window))
    menu = getattr(window, "edit_menu", None) or getattr(window, "file_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(act)
    else:
        window.addAction(act)
    window.act_settings = act
    _WindowFollower(window)
