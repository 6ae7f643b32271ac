"""The notebook in the window: a Notebook tab in the sidebar, a Notebook menu with Lock
(Ctrl+L), and the notebook view in the centre while that tab is chosen.

Set up after the first paint; the view itself is built the first time it is shown, so a session
that never opens the notebook pays nothing for it.

Once a notebook exists, checklists are kept in it: the drafts written before (plaintext JSON) move
in on unlocking, and the checklists feature saves through the notebook. A guided response started
while a case is open records its steps in that case's timeline until the notebook locks.

Besides Ctrl+L, the idle time and closing, the notebook locks before the computer sleeps and when
the session locks, where the platform says so (``session_watch``). A lock always hides and
forgets; if the disk failed on the way, ``lock_report`` says so afterwards (docs/locking.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from interact_desktop.core.forms.drafts import JsonDraftStore
from interact_desktop.ui.common.actions import make_action

if TYPE_CHECKING:
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.notebook.case_checklists import NotebookDrafts
    from interact_desktop.ui.notebook.handover_import import HandoverImporter
    from interact_desktop.ui.notebook.notebook_view import NotebookView
    from interact_desktop.ui.notebook.session_watch import SessionWatcher
    from interact_desktop.ui.services.notebook_service import LockProblem, NotebookService
    from interact_desktop.ui.shell import GuidedRecording, Shell


class NotebookTab(QWidget):
    """The sidebar tab: what the notebook is, and a way to open and lock it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("notebookTab")
        self.about = QLabel()
        self.about.setObjectName("notebookAbout")
        self.about.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openNotebookButton")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockNotebookButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.open_button)
        layout.addWidget(self.lock_button)
        layout.addStretch(1)


class NotebookFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.view: NotebookView | None = None
        self.tab: NotebookTab | None = None
        self.drafts: NotebookDrafts | None = None
        self._after_unlock: Callable[[], object] | None = None
        self._opened_draft = ""  # a checklist opened from a case: closing it comes back here
        self._guided_case: int | None = None  # the case a running guided response goes into
        self._report_waits = False  # the window is closing: a lock problem is shown modally
        self._report_to_stderr = False  # the app is quitting: no window to show it in
        self.session_watcher: SessionWatcher | None = None  # sleep and screen lock (Linux)
        self._session_watch_tried = False
        self.importer: HandoverImporter | None = None
        context.events.startupFinished.connect(self._install)

    @property
    def controller(self) -> NotebookService:
        """The notebook service, first made after the first paint (``_install``)."""
        return self.context.notebook

    def _install(self) -> None:
        from interact_desktop.ui.notebook.case_checklists import NotebookDrafts

        if self.tab is not None:
            return
        self.drafts = NotebookDrafts(self.controller, lambda: self.context.lang)
        shell, events, controller = self.shell, self.context.events, self.controller
        self.tab = NotebookTab()
        self.tab.open_button.clicked.connect(self.show_notebook)
        self.tab.lock_button.clicked.connect(self.lock)
        from interact_desktop.ui.common.icons import icon

        shell.add_tab(self.tab, "", icon("notebook"))
        shell.tab_changed(self._tab_changed)
        self.open_action = make_action(
            self, "openNotebookAction", self.show_notebook, icon="notebook"
        )
        self.lock_action = make_action(
            self, "lockNotebookAction", self.lock, ["Ctrl+L"], icon="lock"
        )
        self.backup_action = make_action(self, "backupNotebookAction", self.back_up, icon="backup")
        self.handover_action = make_action(self, "openHandoverAction", self.open_handover)
        shell.add_action(self.handover_action, "file")
        self.key_action = make_action(self, "handoverKeyAction", self.show_handover_key)
        self.menu = QMenu(shell.widget())
        self.menu.setObjectName("notebookMenu")
        for action in (self.open_action, self.lock_action):
            shell.add_action(action)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_action)
        self.menu.addAction(self.key_action)
        shell.add_menu(self.menu)
        events.placeOpened.connect(self._place_opened)
        self.shell.handle_places("case", self.open_case)
        events.languageChanged.connect(self._language_changed)
        events.unlockRequested.connect(self.unlock_first)
        events.guidedStarted.connect(self.record_guided)
        events.guidedEnded.connect(self._guided_ended)
        events.guidedSummaryWritten.connect(self._guided_summary_written)
        events.checklistClosed.connect(self._checklist_closed)
        events.closing.connect(self.close)
        # The session ending quits without closing the window: save and lock then too.
        app = QApplication.instance()
        assert app is not None, "features are installed inside the application"
        app.aboutToQuit.connect(self._quitting)
        controller.lockProblem.connect(self._report_lock_problem)
        controller.unlocked.connect(self._watch_session)
        controller.locked.connect(self._let_sleep)
        controller.locked.connect(self._guided_ended)  # its steps are no longer recorded
        controller.unlocked.connect(self._update_actions)
        controller.locked.connect(self._update_actions)
        controller.unlocked.connect(self._unlocked)
        controller.unlocked.connect(events.notebookUnlocked)
        controller.aboutToLock.connect(events.notebookAboutToLock)
        controller.locked.connect(events.notebookLocked)
        if controller.exists():
            self.context.drafts.use(self.drafts)
        self.retranslate()
        self._update_actions()

    def ensure_view(self) -> NotebookView:
        if self.view is None:
            from interact_desktop.ui.notebook.notebook_view import NotebookView

            view = NotebookView(
                self.controller, self.context.settings, handbook=self.context.handbook
            )
            view.set_language(self.context.lang)
            view.checklists.set_language(self.context.lang)
            view.checklists.openRequested.connect(self._open_checklist)
            view.tools.sender_of_handovers.contacts = self._contacts_with_keys
            self.view = view
        return self.view

    @property
    def shown(self) -> bool:
        return self.view is not None and self.shell.aside is self.view

    def show_notebook(self) -> None:
        if self.shell.current_tab() is not self.tab:
            self.shell.show_tab(self.tab)  # shows it, through _tab_changed
        else:
            self._show(True)

    def _tab_changed(self, widget: QWidget | None) -> None:
        self._show(widget is self.tab)

    def _show(self, shown: bool) -> None:
        if shown == self.shown:
            return
        if shown:
            view = self.ensure_view()
            self.shell.show_aside(view)
            unlocked = self.controller.is_unlocked
            (view.filter if unlocked else view.unlock_dialog.passphrase).setFocus()
            view.refresh_case()
        else:
            self._after_unlock = None
            if self.shown:
                self.shell.show_aside(None)

    def _place_opened(self, _place: str) -> None:
        """A page opened from a menu: the text is back, the tab follows."""
        self._opened_draft = ""
        if self.shell.current_tab() is self.tab:
            self.shell.show_tab(None)

    def lock(self) -> None:
        """Save, hide and forget, whatever the disk says (problems are reported afterwards)."""
        self.controller.lock()

    def back_up(self) -> None:
        from interact_desktop.ui.notebook.notebook_backup import back_up

        if self.view is not None:  # the copy holds what is on screen
            self.view.save_now()
            self.view.tools.save_now()
        back_up(self.shell.widget(), self.controller, self.context.settings)

    def _contacts_with_keys(self) -> list[tuple[str, str]]:
        """The user's contacts that hold a colleague's hand-over key (none when the directory is
        damaged: the key can still be pasted)."""
        directory = self.context.contacts.directory
        return [(c.label, c.handover_key) for c in directory if c.handover_key]

    def show_handover_key(self) -> None:
        """Notebook > Your hand-over key: made in the notebook on first need, so the notebook is
        unlocked first unless the key already exists."""
        from interact_desktop.core.notebook.handover import read_public_key
        from interact_desktop.ui.notebook.handover_key_view import HandoverKeyDialog

        if self.controller.is_unlocked:
            key = self.controller.own_handover_key()
        elif (known := read_public_key(self.controller.folder)) is not None:
            key = known
        else:
            self.unlock_first(
                self.tr("Unlock the notebook to make your hand-over key: it is kept in it."),
                self.show_handover_key,
            )
            return
        dialog = HandoverKeyDialog(key, self.shell.widget())
        dialog.exec()
        dialog.deleteLater()

    def open_handover(self) -> None:
        """File > Open hand-over packet: the notebook unlocked first (the packet becomes a case
        in it), then the file, a preview in both languages, and the case on accept."""
        if self.controller.is_unlocked:
            self._choose_packet()
        else:
            self.unlock_first(
                self.tr("Unlock the notebook to open a hand-over packet: it becomes a case in it."),
                self._choose_packet,
            )

    def _choose_packet(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from interact_desktop.core.handover.packet import SUFFIX
        from interact_desktop.ui.notebook.handover_import import HandoverImporter

        chosen, _ = QFileDialog.getOpenFileName(
            self.shell.widget(), self.tr("Open hand-over packet"), str(Path.home()),
            self.tr("Hand-over packets (*%1)").replace("%1", SUFFIX),
            options=QFileDialog.Option.DontUseNativeDialog,
        )  # fmt: skip
        if not chosen or not self.controller.is_unlocked:
            return
        if self.importer is None:
            self.importer = HandoverImporter(self.controller, self.shell.widget(),
                                             self.context.background)  # fmt: skip
            self.importer.handbook = self.context.handbook
            self.importer.imported.connect(lambda case_id: self.open_case(str(case_id)))
        self.importer.open_file(Path(chosen))

    def close(self) -> None:
        """The window is closing: save what is typed and close the database; a problem is
        shown before the window goes."""
        self._report_waits = True
        try:
            self.controller.lock()
        finally:
            self._report_waits = False

    def _quitting(self) -> None:
        """The session ends without closing the window: no message can be shown any more, so a
        problem goes to the standard error stream."""
        self._report_to_stderr = True
        try:
            self.controller.lock()
        finally:
            self._report_to_stderr = False

    # -- sleep and session lock ---------------------------------------------------------------

    def _watch_session(self) -> None:
        """The notebook is open: from now on, sleep and a locked session lock it too."""
        if self.session_watcher is None and not self._session_watch_tried:
            self._session_watch_tried = True
            try:
                from interact_desktop.ui.notebook.session_watch import SessionWatcher
            except ImportError:  # a Qt without D-Bus: docs/locking.md
                return
            self.use_session_watcher(SessionWatcher(parent=self))
        if self.session_watcher is not None:
            self.session_watcher.hold_sleep()

    def use_session_watcher(self, watcher: SessionWatcher) -> None:
        """Where sleep and session locks are heard from (the platform's buses by default)."""
        self.session_watcher = watcher
        self._session_watch_tried = True
        watcher.lockRequested.connect(self._lock_requested)
        watcher.start()
        if self.controller.is_unlocked:
            watcher.hold_sleep()

    def _lock_requested(self, _reason: str) -> None:
        self.lock()

    def _let_sleep(self) -> None:
        if self.session_watcher is not None:
            self.session_watcher.release_sleep()

    def _report_lock_problem(self, problem: LockProblem) -> None:
        from interact_desktop.ui.notebook.lock_report import LockReport

        report = LockReport(self)
        if self._report_to_stderr:
            print(f"{report.headline(problem)}\n{report.details(problem)}", file=sys.stderr)
            return
        self.shell.show_message(report.headline(problem))
        report.show(self.shell.widget(), problem, wait=self._report_waits)

    def _language_changed(self, code: str) -> None:
        self.retranslate()
        if self.view is not None:
            self.view.set_language(code)
            self.view.checklists.set_language(code)
            self.view.refresh_case()  # a finalised checklist is named in the new language

    # -- checklists and guided responses ------------------------------------------------------

    def open_case(self, ident: str) -> bool:
        """``case:ID`` (the start page's recent cases): the case in the notebook, after unlocking
        if it is locked."""
        if not ident.isdigit():
            return False
        case_id = int(ident)

        def show() -> None:
            self.show_notebook()
            view = self.ensure_view()
            view.open_case(case_id)
            view.select_case(case_id)

        if self.controller.is_unlocked:
            show()
        else:
            self.unlock_first("", show)
        return True

    def unlock_first(self, message: str, then: Callable[[], object]) -> None:
        """Show the unlock prompt (with why) and do ``then`` once the notebook is unlocked."""
        self.show_notebook()
        self._after_unlock = then
        assert self.view is not None
        if message:
            self.view.unlock_dialog.message.setText(message)

    def _unlocked(self) -> None:
        """From now on checklists are saved in the notebook; the drafts written before, in
        plaintext, move in and their files are removed."""
        assert self.drafts is not None
        self.context.drafts.use(self.drafts)  # a form being filled is saved where it was first
        plaintext = self.context.drafts.plaintext
        folder = plaintext.folder if isinstance(plaintext, JsonDraftStore) else None
        moved = self.controller.move_json_drafts(folder) if folder is not None else 0
        if moved:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Checklists moved"), "",
                              QMessageBox.StandardButton.Ok, self.shell.widget())  # fmt: skip
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
            self.shell.show_tab(None)  # what comes next takes the centre
            then()

    def _open_checklist(self, draft_id: str) -> None:
        """Show a case's checklist in the form; closing the form comes back to the case."""
        self.shell.show_tab(None)  # the form takes the centre
        self._opened_draft = draft_id
        self.context.events.draftRequested.emit(draft_id)

    def _checklist_closed(self, draft_id: str) -> None:
        if draft_id and draft_id == self._opened_draft and self.controller.is_unlocked:
            self._opened_draft = ""
            self.show_notebook()

    def record_guided(self, request: GuidedRecording) -> None:
        """A guided response starting: into the timeline of the case open in the notebook, if
        one is; its steps stop being recorded when the notebook locks."""
        case_id = self.view.case_id if self.view is not None else None
        if self.controller.is_unlocked and case_id is not None:
            sink = self.controller.step_sink(case_id, request.lang)
            request.attach(sink, self.controller.reference(case_id))
            self._guided_case = case_id

    def _guided_ended(self) -> None:
        self._guided_case = None

    def _guided_summary_written(self, file_name: str) -> None:
        """A summary for the police carries the case's reference and steps out of the notebook:
        the export register says so, like every other export of the case."""
        if self._guided_case is not None and self.controller.is_unlocked:
            self.controller.record_police_summary(self._guided_case, file_name)

    def _update_actions(self) -> None:
        unlocked = self.controller.is_unlocked
        self.lock_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked)
        assert self.tab is not None
        self.tab.lock_button.setEnabled(unlocked)

    def retranslate(self) -> None:
        if self.tab is None:
            return
        self.shell.set_tab_title(self.tab, self.tr("Notebook"))
        self.menu.setTitle(self.tr("&Notebook"))
        self.open_action.setText(self.tr("Open the notebook"))
        self.lock_action.setText(self.tr("&Lock the notebook"))
        self.backup_action.setText(self.tr("Back up the notebook…"))
        self.handover_action.setText(self.tr("Open &hand-over packet…"))
        self.key_action.setText(self.tr("Your hand-over key…"))
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
