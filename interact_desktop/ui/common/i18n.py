"""Live switching of the UI language (the pattern: one signal that every window answers).

Installing a translator makes Qt send a LanguageChange event to every widget; widgets answer by
setting their texts again. Qt's own dialogs (file dialogs, message boxes) come from Qt's qtbase
catalogue for the language, completed by ours (translations/qtbase_*.ts: all of Greek, where Qt
ships none; for the other languages the few messages Qt's catalogue lacks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from interact_desktop.core.languages import SOURCE_LANGUAGE


class Retranslating:
    """For widgets with a ``retranslate`` method: answers the LanguageChange event Qt sends to
    every widget when the app's language changes. Put it before the Qt class in the bases."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class LanguageManager(QObject):
    languageChanged = Signal(str)

    def __init__(self, app: QApplication, translations_dir: Path) -> None:
        super().__init__(app)
        self._app = app
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        self.missing: list[str] = []

    def set_language(self, code: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.missing.clear()
        self.language = code
        QLocale.setDefault(QLocale(code))
        # English too: its catalogue holds the plural forms ("1 hour", "2 hours").
        self._install(self._dir / f"interact_{code}.qm")
        if code != SOURCE_LANGUAGE:
            self._install_qt_catalogues(code)
        # Qt posts LanguageChange to every window; deliver them now so the whole UI has
        # switched before anyone hears languageChanged.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(code)

    def _install_qt_catalogues(self, code: str) -> None:
        """Qt's own catalogue for the language, then ours over it: ours holds what Qt's lacks
        (the whole of Greek; for the others, the file dialog's "Look in" and "Files of type",
        whose sources Qt 6 changed, and the words of its Type column). A translator installed
        later is asked first, so ours wins for the messages it holds."""
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        found = [
            path
            for path in (qt_dir / f"qtbase_{code}.qm", self._dir / f"qtbase_{code}.qm")
            if path.exists()
        ]
        for path in found:
            self._install(path)
        if not found:
            self.missing.append(f"qtbase_{code}.qm")

    def _install(self, path: Path) -> None:
        translator = QTranslator(self)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        else:
            self.missing.append(path.name)


#: How dates and times are typed and shown in every language of the app: day first, four-digit
#: year, 24-hour clock, as practitioners in all five countries write them (Qt's short locale
#: formats would give a two-digit year, and month-first dates in English).
DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"


class Durations(QObject):
    """The words for a length of time (plurals need ``tr``: lupdate sees them only there)."""

    def text(self, minutes: int) -> str:
        if minutes and minutes % 1440 == 0:
            return self.tr("%n day(s)", "", minutes // 1440)
        if minutes and minutes % 60 == 0:
            return self.tr("%n hour(s)", "", minutes // 60)
        return self.tr("%n minute(s)", "", minutes)


_DURATIONS: list[Durations] = []


def duration_text(minutes: int) -> str:
    """A deadline as people say it in the UI language: 45 minutes, 2 hours, 1 day."""
    if not _DURATIONS:
        _DURATIONS.append(Durations())
    return _DURATIONS[0].text(minutes)
