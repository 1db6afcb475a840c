"""The interface language at run time: translators, locale, direction, fonts, pseudo-locales.

`LanguageManager.set_language("he")` swaps the translators without a restart: Qt's own
qtbase_<lang>.qm where the wheel ships one, then our common_, library_ and scorecard_<lang>.qm
(installed last, so asked first: they also carry Qt's button words for vi, et and mk). It sets the
default QLocale (dates, numbers, collation) and the layout direction (Hebrew mirrors everything),
then emits `language_changed` once. Qt itself sends QEvent.LanguageChange to every widget.

Widgets follow a switch in one of three ways:
- `Retranslatable`: a mixin whose `retranslate_ui()` runs on every LanguageChange. The pages built
  from Qt Designer forms (ui/*.ui) are `FollowsLanguage`: their form's generated `retranslateUi`;
- `retranslate_static_texts(widget, old, new)`: for the rest of the window (menus, the home list),
  which set their texts once in __init__, re-translates fixed texts (labels, buttons, menus,
  tooltips, accessible names) by looking their source up. It leaves every Retranslatable widget,
  and all inside it, to its own retranslate_ui;
- `refresh_window(window)`: the main window's pages are rebuilt (the open cycle, its step and the
  undo history stay), which catches texts that were formatted with values.

Pseudo-localisation (`SCORECARD_PSEUDO=long|rtl`) replaces every translation of ours with the
English text made twice as long, or written backwards in a right-to-left layout, so clipped or
unmirrored layouts show up without a translator.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from scorecard_app.assets import resources_dir
from scorecard_app.i18n.catalog import translations_dir
from scorecard_app.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, language

if TYPE_CHECKING:
    from datetime import date

log = logging.getLogger(__name__)

# Our catalogues, in install order: the last one is asked first.
CATALOGUES = ("common", "library", "scorecard")
QT_CATALOGUES = ("qtbase",)
PSEUDO_MODES = ("long", "rtl")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

T = TypeVar("T")


# ------------------------------------------------------------------ pseudo-localisation
# What must survive pseudo-localisation untouched: placeholders, %n/%1, tags, entities, accelerators.
_PROTECTED = re.compile(r"(\{[^{}]*\}|%n|%L?\d|<[^<>]+>|&[a-zA-Z#0-9]+;|&&|&(?=\w))")


def pseudo_mode() -> str | None:
    mode = os.environ.get("SCORECARD_PSEUDO", "").strip().lower()
    return mode if mode in PSEUDO_MODES else None


def pseudo_text(text: str, mode: str) -> str:
    """`long`: the text followed by its words again (about twice as long);
    `rtl`: every run of words written backwards. Placeholders and markup stay intact."""
    if mode == "rtl":  # accelerators dropped: "&Open" reversed would underline a space
        parts = _PROTECTED.split(re.sub(r"&(?=\w)", "", text))
        return "".join(p if i % 2 else p[::-1] for i, p in enumerate(parts))
    parts = _PROTECTED.split(text)
    if not any(p.strip() for i, p in enumerate(parts) if not i % 2):
        return text
    # Multi-line texts get their doubling on the longest line, where clipping would show.
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    plain = re.sub(r"&(?=\w)", "", lines[longest])  # the copy carries no second accelerator
    line_words = " ".join(
        p.strip() for i, p in enumerate(_PROTECTED.split(plain)) if not i % 2 and p.strip()
    )
    lines[longest] = f"{lines[longest]} {line_words}" if line_words else lines[longest]
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Answers for every string of ours with its pseudo-localised English; Qt's own (contexts
    starting with Q) are left to Qt so that shortcuts and the layout direction keep working."""

    def __init__(self, mode: str, parent: QObject | None = None):
        super().__init__(parent)
        self.mode = mode

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if not source_text or (context or "").startswith("Q"):
            return None
        return pseudo_text(source_text, self.mode)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


# ------------------------------------------------------------------ the language manager
class LanguageManager(QObject):
    """The one owner of the installed translators. Get it with `language_manager()`."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.language = DEFAULT_LANGUAGE
        self.pseudo = pseudo_mode()
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        """Switch the interface language now. Unknown codes raise ValueError."""
        language(lang)
        old = self.language
        self.pseudo = pseudo_mode()
        for t in self._installed:
            self.app.removeTranslator(t)
        self._installed = []
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in QT_CATALOGUES:
                self._load(f"{name}_{lang}", qt_dir)
            for name in CATALOGUES:
                self._load(f"{name}_{lang}", str(translations_dir()))
        else:  # English has plural forms too: "1 group", "2 groups" for "%n group(s)"
            self._load("scorecard_en", str(translations_dir()))
        if self.pseudo:
            pseudo = PseudoTranslator(self.pseudo, self)
            self.app.installTranslator(pseudo)
            self._installed.append(pseudo)
        self.language = lang
        QLocale.setDefault(QLocale(language(lang).qt_locale))
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(self.direction())
        self.language_changed.emit(old)

    def _load(self, name: str, folder: str) -> None:
        t = QTranslator(self)
        if t.load(name, folder):
            self.app.installTranslator(t)
            self._installed.append(t)
        else:
            log.info("no catalogue %s in %s", name, folder)

    def direction(self) -> Qt.LayoutDirection:
        if self.pseudo == "rtl":
            return Qt.LayoutDirection.RightToLeft
        return QLocale(language(self.language).qt_locale).textDirection()

    def is_rtl(self) -> bool:
        return self.direction() == Qt.LayoutDirection.RightToLeft


_manager: LanguageManager | None = None


def language_manager() -> LanguageManager:
    """The application's LanguageManager, created on first use (English until told otherwise)."""
    global _manager
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication first.")
    # kept here, not looked up with app.findChild: that wraps every child of the application in
    # Python (building their Python types) on each call, the first one on the way to the paint
    if _manager is None or _manager.app is not app:
        _manager = LanguageManager(app)
    return _manager


def current_language() -> str:
    return language_manager().language


def set_language(lang: str) -> None:
    language_manager().set_language(lang)


def interface_languages() -> list[tuple[str, str]]:
    """(code, name written in that language) for the language chooser."""
    return [(code, lang.native) for code, lang in LANGUAGES.items()]


# ------------------------------------------------------------------ fonts
def register_fonts() -> list[str]:
    """Add the bundled DejaVu fonts to Qt's font list and make them the fallback of the default
    family, so Vietnamese, Cyrillic and Hebrew render even where the laptop has no such font."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for name in FONT_FILES:
        path = folder / name
        if not path.exists():
            log.warning("bundled font %s is missing", path)
            continue
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(fid) if f not in families]
    if families and isinstance(QCoreApplication.instance(), QApplication):
        default = QApplication.font().family()
        subs = QFont.substitutes(default)
        QFont.insertSubstitutions(default, [*subs, *(f for f in families if f not in subs)])
    return families


# ------------------------------------------------------------------ locale helpers
def locale() -> QLocale:
    """The interface language's locale (QLocale.setDefault follows every switch)."""
    return QLocale()


def format_date(value: str | date | QDate | None, long: bool = False) -> str:
    """A date as the interface language writes it: "5. märts 2026", "5 במרץ 2026"…"""
    if value is None or value == "":
        return "–"
    from datetime import date  # (imported here: the start does not need it)

    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    qd = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    if not long:
        return locale().toString(qd, QLocale.FormatType.ShortFormat)
    # The language's long pattern without the weekday: "5. märts 2026", "2026. gada 5. marts".
    pattern = re.sub(r"dddd[,\s]*", "", locale().dateFormat(QLocale.FormatType.LongFormat))
    return locale().toString(qd, pattern.strip(" ,"))


def format_number(value: float | int | None, decimals: int = 1) -> str:
    """A count or score with the language's decimal mark (3,5 in Estonian); whole numbers plainly."""
    if value is None:
        return "–"
    if abs(value - round(value)) < 1e-9:
        return locale().toString(int(round(value)))
    return (
        locale().toString(float(value), "f", decimals).rstrip("0").rstrip(locale().decimalPoint())
    )


def format_score(value: float | None, decimals: int = 1) -> str:
    """A score by core's display rule (3.5 stays 3.5), with the language's decimal mark (3,5).
    The GUI's number parsers accept both marks, so a shown value can be typed back."""
    from scorecard_app.core.scales import display_value as core_display_value

    text = core_display_value(value, decimals)
    return text.replace(".", locale().decimalPoint()) if value is not None else text


# The name the GUI modules use for every number they show.
display_value = format_score


def collator() -> QCollator:
    c = QCollator(locale())
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return c


def sorted_by_collation(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """Items in the interface language's alphabetical order (Estonian puts Z after S)."""
    c = collator()
    return sorted(items, key=functools.cmp_to_key(lambda a, b: c.compare(key(a), key(b))))


_collators: dict[str, QCollator] = {}


def _current_collator() -> QCollator:
    name = locale().name()
    if name not in _collators:
        _collators[name] = collator()
    return _collators[name]


def library_text(code_or_text: str) -> str:
    """A library indicator in the interface language (custom texts come back unchanged)."""
    from scorecard_app.i18n.library import LIBRARY_CONTEXT, english_text

    return QCoreApplication.translate(LIBRARY_CONTEXT, english_text(code_or_text))


# ------------------------------------------------------------------ retranslation
class Retranslatable:
    """Mixin for widgets: put every setText of fixed words in `retranslate_ui()` and call it at
    the end of __init__; it runs again on each language switch.

        class Page(Retranslatable, QWidget):
            def retranslate_ui(self):
                self.title.setText(self.tr("Issues"))
    """

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


class FollowsLanguage(Retranslatable):
    """The one way a widget that is its own Designer form (`class Page(StepPage, Ui_PageForm)`)
    follows a language switch, as a `Retranslatable`: the form's generated `retranslateUi`, then
    `retranslate_more()` for the words the Python sets (table headers, texts with numbers)."""

    def retranslate_more(self) -> None:
        pass

    def retranslate_ui(self) -> None:
        if hasattr(self, "retranslateUi"):  # a switch can arrive before setupUi has run
            self.retranslateUi(self)
            self.retranslate_more()


@functools.cache
def _catalogue_sources() -> frozenset[tuple[str, str]]:
    from scorecard_app.i18n.catalog import _catalogue

    out: set[tuple[str, str]] = set()
    for code in LANGUAGES:
        if code != "en":
            out |= set(_catalogue(code))
    return frozenset(out)


def _reverse_map(lang: str, pseudo: str | None) -> dict[str, list[tuple[str, str]]]:
    """Text shown in `lang` -> every (context, source) of our catalogues that shows it."""
    from scorecard_app.i18n.catalog import _catalogue

    out: dict[str, list[tuple[str, str]]] = {}
    for ctx, src in sorted(_catalogue_sources()):
        shown = src
        if pseudo and not ctx.startswith("Q"):
            shown = pseudo_text(src, pseudo)
        elif lang != "en":
            forms = _catalogue(lang).get((ctx, src))
            if forms is None:
                continue
            shown = forms[0]
        out.setdefault(shown, []).append((ctx, src))
    return out


def _owner_classes(obj: QObject) -> list[str]:
    """Class names of an object and its parents, nearest first: the likely tr() contexts."""
    names: list[str] = []
    while obj is not None:
        names += [c.__name__ for c in type(obj).__mro__]
        obj = obj.parent()
    return names


def _retranslated(text: str, reverse: dict, owner: QObject) -> str | None:
    hits = reverse.get(text)
    if not hits:
        return None
    if len(hits) > 1:  # the same words in several contexts: take the owner's own
        owners = _owner_classes(owner)
        hits = sorted(hits, key=lambda h: owners.index(h[0]) if h[0] in owners else len(owners))
    ctx, src = hits[0]
    return QCoreApplication.translate(ctx, src)


def retranslate_static_texts(root: QWidget, old_lang: str, pseudo: str | None = None) -> int:
    """Re-translate the fixed texts of `root` and its children after a switch from `old_lang`,
    except those of Retranslatable widgets (the form pages), which follow the switch themselves.

    Only texts that are exactly one catalogue entry are touched (user data never is). Returns how
    many texts changed.
    """
    # imported here: a switch needs them, the start does not (each Qt class PySide6 first meets
    # costs its Python type and enums)
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
    )

    reverse = _reverse_map(old_lang, pseudo)
    changed = 0
    widgets: list[QWidget] = []

    def gather(w: QWidget) -> None:
        widgets.append(w)
        for child in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not isinstance(child, Retranslatable):  # it retranslates itself, and all in it
                gather(child)

    if not isinstance(root, Retranslatable):
        gather(root)

    def swap(owner: QObject, getter: Callable[[], str], setter: Callable[[str], Any]) -> None:
        nonlocal changed
        text = getter()
        if text:
            new = _retranslated(text, reverse, owner)
            if new is not None and new != text:
                setter(new)
                changed += 1

    # Qt's methods are called through their classes: a page may shadow a name (self.actions).
    W = QWidget
    for w in widgets:
        swap(w, lambda w=w: W.windowTitle(w), lambda t, w=w: W.setWindowTitle(w, t))
        swap(w, lambda w=w: W.toolTip(w), lambda t, w=w: W.setToolTip(w, t))
        swap(w, lambda w=w: W.statusTip(w), lambda t, w=w: W.setStatusTip(w, t))
        swap(w, lambda w=w: W.accessibleName(w), lambda t, w=w: W.setAccessibleName(w, t))
        swap(
            w,
            lambda w=w: W.accessibleDescription(w),
            lambda t, w=w: W.setAccessibleDescription(w, t),
        )
        if isinstance(w, QLabel | QAbstractButton):
            swap(w, w.text, w.setText)
        if isinstance(w, QGroupBox):
            swap(w, w.title, w.setTitle)
        if isinstance(w, QMenu):
            swap(w, w.title, w.setTitle)
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            swap(w, w.placeholderText, w.setPlaceholderText)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                swap(w, lambda i=i, w=w: w.tabText(i), lambda t, i=i, w=w: w.setTabText(i, t))
                swap(w, lambda i=i, w=w: w.tabToolTip(i), lambda t, i=i, w=w: w.setTabToolTip(i, t))
        for a in W.actions(w):
            swap(a, a.text, a.setText)
            swap(a, a.toolTip, a.setToolTip)
            swap(a, a.statusTip, a.setStatusTip)
    return changed


def refresh_window(window: QWidget, old_lang: str) -> None:
    """After a language or text-size switch: fixed texts re-translated, the home list reloaded,
    and the open cycle's pages rebuilt in place (same cycle, same step, same undo history)."""
    mgr = language_manager()
    retranslate_static_texts(window, old_lang, mgr.pseudo)
    # Qt posts LanguageChange to each window; what follows a switch itself follows it now too.
    for w in window.findChildren(QWidget):
        if isinstance(w, Retranslatable):
            w.retranslate_ui()
    home = getattr(window, "home", None)
    if home is not None and hasattr(home, "reload"):
        home.reload()
    ws = getattr(window, "workspace", None)
    if ws is not None:
        rebuild_pages(ws)
    if hasattr(window, "fit_to_screen"):  # bigger text may have grown it past the screen
        window.fit_to_screen()
    for name in ("sync_panel",):  # status-bar texts built from numbers and plurals
        ext = getattr(window, name, None)
        if ext is not None and hasattr(ext, "refresh"):
            ext.refresh()


def rebuild_pages(workspace: Any) -> None:
    """Throw away the workspace's built step pages; the current one is built again at once."""
    from PySide6.QtWidgets import QScrollArea

    built: dict | None = getattr(workspace, "_built", None)
    if built is None:
        return
    stage = workspace.current_stage()
    for page in list(built.values()):
        # The page goes with the scroll area that holds it: left behind, the empty one would
        # keep half of the step's room above the new page.
        holder = page.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        gone = holder if holder is not None and holder.widget() is page else page
        gone.hide()
        gone.setParent(None)
        gone.deleteLater()
    built.clear()
    if hasattr(workspace, "refresh"):
        workspace.refresh()
    workspace.page(stage)
    workspace.go_to(stage)
