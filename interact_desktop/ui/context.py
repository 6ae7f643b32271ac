"""The application context: the services every feature may use, built in one place.

``build_context`` is what app.py calls and what the test fixtures call, so the tests run the app's
own wiring. Nothing here builds a widget; the search service starts only when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from interact_desktop import __version__, paths
from interact_desktop.core.bookmarks import BookmarkStore
from interact_desktop.core.content.page_cache import PageCache
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.core.languages import LANGUAGES, pick_language
from interact_desktop.core.settings import LANGUAGE, Settings
from interact_desktop.ui.common.background import Background
from interact_desktop.ui.common.i18n import LanguageManager
from interact_desktop.ui.services.drafts import DraftService
from interact_desktop.ui.shell import AppEvents

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.ui.common.theme import Appearance
    from interact_desktop.ui.services.contacts_service import ContactsService
    from interact_desktop.ui.services.notebook_service import NotebookService
    from interact_desktop.ui.services.search_service import SearchService


SAVE_PAUSE_MS = 1000


class AppContext:
    """What every feature may use; the search thread and the notebook are made on first use."""

    def __init__(
        self,
        *,
        user_paths: paths.UserPaths,
        settings: Settings,
        handbook: Handbook,
        renderer: PageRenderer,
        languages: LanguageManager,
        bookmarks: BookmarkStore,
        drafts: DraftService,
        events: AppEvents,
        background: Background,
        search_cache: Path | None = None,
        start_language: str = "en",
        version: str = __version__,
    ) -> None:
        self.user_paths = user_paths
        self.settings = settings
        self.handbook = handbook
        self.renderer = renderer
        self.languages = languages
        self.bookmarks = bookmarks
        self.drafts = drafts
        self.events = events
        self.background = background
        self.search_cache = search_cache
        self.start_language = start_language
        self.version = version
        self.appearance: Appearance | None = None
        self._search: SearchService | None = None
        self._contacts: ContactsService | None = None
        self._notebook: NotebookService | None = None
        self._on_close: list[Callable[[], None]] = []
        # Settings changed while reading (pages turned, zoom) are written after a pause.
        self._save_soon = QTimer()
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(SAVE_PAUSE_MS)
        self._save_soon.timeout.connect(self._save_settings)
        settings.write_later = self._save_soon.start

    def _save_settings(self) -> None:
        self.settings.save()

    @property
    def lang(self) -> str:
        return self.languages.language

    @property
    def search(self) -> SearchService:
        """The search thread, started when first asked for (after the first paint)."""
        if self._search is None:
            from interact_desktop.ui.services.search_service import SearchService

            cache = self.search_cache or self.user_paths.cache
            self._search = SearchService(self.handbook, cache, self.version)
            self._on_close.append(self._search.shutdown)
        return self._search

    @property
    def notebook(self) -> NotebookService:
        """The encrypted notebook, as the features see it (locked until unlocked)."""
        if self._notebook is None:
            from interact_desktop.ui.services.notebook_service import NotebookService

            self._notebook = NotebookService(self.user_paths.data / "notebook", self.background)
        return self._notebook

    @property
    def notebook_unlocked(self) -> bool:
        """Whether case data may be shown, without starting the notebook service to ask."""
        return self._notebook is not None and self._notebook.is_unlocked

    @property
    def contacts(self) -> ContactsService:
        """The user's contacts for the roles the guidance names (outside the notebook)."""
        if self._contacts is None:
            from interact_desktop.ui.services.contacts_service import ContactsService

            self._contacts = ContactsService(self.user_paths.contacts_file)
        return self._contacts

    def on_close(self, close: Callable[[], None]) -> None:
        """Run ``close`` when the app shuts down (after the features, before the threads stop)."""
        self._on_close.append(close)

    def shutdown(self) -> None:
        """Stop the background threads (the app or a test ends)."""
        for close in reversed(self._on_close):
            close()
        self._on_close.clear()
        self.background.wait()
        self._save_soon.stop()
        self.settings.write_later = None
        self.settings.save()


def build_context(
    app: QApplication,
    user_paths: paths.UserPaths,
    *,
    lang: str = "",
    handbook: Handbook | None = None,
    search_cache: Path | None = None,
    page_cache_version: str = __version__,
) -> AppContext:
    """Settings first (they say the language), then the handbook in that language's start-up
    cache unless one is given (the tests share one), then the services."""
    settings = Settings(user_paths.settings_file)
    if lang not in LANGUAGES:
        lang = settings.get(LANGUAGE) or _system_language()
    if handbook is None:
        from interact_desktop.core.content.startup_cache import load_with_cache

        cache = user_paths.cache / f"startup-{lang}.marshal"
        handbook = load_with_cache(paths.content_dir(), lang, cache)
    events = AppEvents()
    languages = LanguageManager(app, paths.translations_dir())
    languages.languageChanged.connect(events.languageChanged)
    return AppContext(
        user_paths=user_paths,
        settings=settings,
        handbook=handbook,
        renderer=PageRenderer(handbook, PageCache(user_paths.cache / "pages", page_cache_version)),
        languages=languages,
        bookmarks=BookmarkStore(user_paths.bookmarks_file),
        drafts=DraftService(JsonDraftStore(user_paths.data / "drafts")),
        events=events,
        background=Background(),
        search_cache=search_cache,
        start_language=lang,
    )


def _system_language() -> str:
    from PySide6.QtCore import QLocale

    return pick_language(QLocale.system().uiLanguages())
