"""The notebook in the main window: a Notebook tab in the sidebar, a Notebook menu with Lock
(Ctrl+L), and the notebook view in the centre while that tab is chosen.

Set up after the first paint; the view itself is built the first time it is shown, so a session
that never opens the notebook pays nothing for it.

Once a notebook exists, checklists are kept in it: the drafts written before (plaintext JSON) move
in on unlocking, the form saves through the notebook, filling one in while the notebook is locked
asks to unlock it first, and locking saves and empties the form. A guided response started while a
case is open records its steps in that case's timeline until the notebook locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.ui.case_checklists import NotebookDrafts
from interact_desktop.ui.notebook_controller import NotebookController

if TYPE_CHECKING:
    from interact_desktop.ui.guided_panel import GuidedPanel
    from interact_desktop.ui.main_window import MainWindow
    from interact_desktop.ui.notebook_view import NotebookView


class _NotebookTab(QWidget):
    """The sidebar tab: what the notebook is, and a way to open and lock it."""

    def __init__(self, panel: NotebookPanel) -> None:
        super().__init__()
        self.setObjectName("notebookTab")
        self._panel = panel
        self.about = QLabel()
        self.about.setObjectName("notebookAbout")
        self.about.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openNotebookButton")
        self.open_button.clicked.connect(panel.show_notebook)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockNotebookButton")
        self.lock_button.clicked.connect(panel.lock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.open_button)
        layout.addWidget(self.lock_button)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._panel.retranslate()
        super().changeEvent(event)


class NotebookPanel(QObject):
    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.controller = NotebookController(folder, self)
        self.view: NotebookView | None = None
        drafts = window.drafts
        self.json_drafts = drafts if isinstance(drafts, JsonDraftStore) else None
        self.drafts = NotebookDrafts(self.controller, lambda: window.lang)
        self._after_unlock: Callable[[], object] | None = None
        self._back_to_notebook = False  # the form was opened from a case page
        self._form_hooked = False
        self._guided: GuidedPanel | None = None
        self.tab = _NotebookTab(self)
        window.sidebar.addTab(self.tab, "")
        window.sidebar.currentChanged.connect(self._tab_changed)
        self.open_action = QAction(window)
        self.open_action.setObjectName("openNotebookAction")
        self.open_action.triggered.connect(self.show_notebook)
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockNotebookAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.backup_action = QAction(window)
        self.backup_action.setObjectName("backupNotebookAction")
        self.backup_action.triggered.connect(self.back_up)
        window.addAction(self.open_action)
        window.addAction(self.lock_action)
        self.menu = QMenu(window)
        self.menu.setObjectName("notebookMenu")
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.placeShown.connect(self._place_shown)
        # The session ending quits without closing the window: save and lock then too.
        QApplication.instance().aboutToQuit.connect(self.close)
        window.languages.languageChanged.connect(self._language_changed)
        self.controller.unlocked.connect(self._update_actions)
        self.controller.locked.connect(self._update_actions)
        self.controller.unlocked.connect(self._checklists_unlocked)
        self.controller.aboutToLock.connect(window.close_checklist)
        self.controller.locked.connect(self._stop_recording)
        if self.controller.exists():
            window.set_drafts(self.drafts)
        self.retranslate()
        self._update_actions()

    def ensure_view(self) -> NotebookView:
        if self.view is None:
            from interact_desktop.ui.notebook_view import NotebookView

            self.view = NotebookView(
                self.controller, self.window.settings, handbook=self.window.handbook
            )
            self.view.set_language(self.window.lang)
            self.view.checklists.handbook = self.window.handbook
            self.view.checklists.set_language(self.window.lang)
            self.view.checklists.openRequested.connect(self._open_checklist)
        return self.view

    @property
    def shown(self) -> bool:
        return self.view is not None and self.window.aside is self.view

    def show_notebook(self) -> None:
        if self.window.sidebar.currentWidget() is not self.tab:
            self.window.sidebar.setCurrentWidget(self.tab)  # shows it, through _tab_changed
        else:
            self._show(True)

    def _tab_changed(self, index: int) -> None:
        self._show(self.window.sidebar.widget(index) is self.tab)

    def _show(self, shown: bool) -> None:
        if shown == self.shown:
            return
        if shown:
            view = self.ensure_view()
            self.window.show_aside(view)
            unlocked = self.controller.is_unlocked
            (view.filter if unlocked else view.unlock_dialog.passphrase).setFocus()
            view.refresh_case()
        else:
            self._after_unlock = None
            self.window.show_aside(None)

    def _place_shown(self, _place: str) -> None:
        """A page opened from a menu: the window has put the text back, the tab follows."""
        self._back_to_notebook = False
        if self.window.sidebar.currentWidget() is self.tab:
            self.window.sidebar.setCurrentWidget(self.window.toc)

    def lock(self) -> None:
        if self.view is not None:
            self.view.lock()

    def back_up(self) -> None:
        from interact_desktop.ui.notebook_backup import back_up

        if self.view is not None:  # the copy holds what is on screen
            self.view.save_now()
            self.view.tools.save_now()
        back_up(self.window, self.controller, self.window.settings)

    def close(self) -> None:
        """The app is closing: save what is typed and close the database."""
        if self.view is not None:
            self.view.lock()

    def _language_changed(self, code: str) -> None:
        if self.view is not None:
            self.view.set_language(code)
            self.view.checklists.set_language(code)
            self.view.refresh_case()  # a finalised checklist is named in the new language

    # -- checklists and guided responses ------------------------------------------------------

    @property
    def checklists_locked(self) -> bool:
        """A notebook exists and is locked: no checklist can be read or saved now."""
        return not self.controller.is_unlocked and self.controller.exists()

    def unlock_first(self, then: Callable[[], object]) -> bool:
        """While the notebook is locked, show its prompt and do ``then`` once it is unlocked.
        False when there is nothing to unlock: no notebook (plaintext drafts), or it is open."""
        if not self.checklists_locked:
            return False
        self.show_notebook()
        self._after_unlock = then
        assert self.view is not None
        self.view.unlock_dialog.message.setText(
            self.tr("Checklists are kept in the notebook. Unlock it to fill this one in.")
        )
        return True

    def _checklists_unlocked(self) -> None:
        """From now on checklists are saved in the notebook; the drafts written before, in
        plaintext, move in and their files are removed."""
        self.window.set_drafts(self.drafts)  # a form being filled is saved where it was first
        moved = self.controller.move_json_drafts(self.json_drafts.folder) if self.json_drafts else 0
        if moved:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Checklists moved"), "",
                              QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
            box.setObjectName("draftsMovedMessage")
            box.setText(
                self.tr(
                    "%n checklist(s) filled in before the notebook existed are now kept in it, "
                    "encrypted. Their unencrypted files were removed.",
                    "",
                    moved,
                )
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        if (then := self._after_unlock) is not None:
            self._after_unlock = None
            self.window.sidebar.setCurrentWidget(self.window.toc)  # the form takes the centre
            then()

    def _open_checklist(self, draft_id: str) -> None:
        """Show a case's checklist in the form; closing the form comes back to the case."""
        self.window.sidebar.setCurrentWidget(self.window.toc)  # the form takes the centre
        if self.window.open_draft(draft_id):
            self._back_to_notebook = True
            if not self._form_hooked:
                self._form_hooked = True
                self.window.form.closed.connect(self._form_closed)

    def _form_closed(self) -> None:
        if self._back_to_notebook and self.controller.is_unlocked:
            self._back_to_notebook = False
            self.show_notebook()

    def record_guided(self, panel: GuidedPanel, lang: str) -> None:
        """A guided response starting: into the timeline of the case open in the notebook, if
        one is; its steps stop being recorded when the notebook locks."""
        case_id = self.view.case_id if self.view is not None else None
        if self.controller.is_unlocked and case_id is not None:
            panel.set_recording(
                self.controller.step_sink(case_id, lang), self.controller.reference(case_id)
            )
        else:
            panel.set_recording(None)
        self._guided = panel

    def _stop_recording(self) -> None:
        if self._guided is not None:
            self._guided.stop_recording()

    def _update_actions(self) -> None:
        unlocked = self.controller.is_unlocked
        self.lock_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked)
        self.tab.lock_button.setEnabled(unlocked)

    def retranslate(self) -> None:
        window = self.window
        window.sidebar.setTabText(window.sidebar.indexOf(self.tab), self.tr("Notebook"))
        self.menu.setTitle(self.tr("&Notebook"))
        self.open_action.setText(self.tr("Open the notebook"))
        self.lock_action.setText(self.tr("&Lock the notebook"))
        self.backup_action.setText(self.tr("Back up the notebook…"))
        self.tab.about.setText(
            self.tr(
                "The case notebook keeps notes and a timeline for each case, encrypted on this "
                "computer. Cases have a reference, never a name. It locks itself when the app "
                "is not used for a while, and with Ctrl+L."
            )
        )
        self.tab.open_button.setText(self.tr("Open the notebook"))
        self.tab.lock_button.setText(self.tr("Lock now"))
        self.tab.setAccessibleName(self.tr("Notebook"))
