"""The case notebook (notebookView): cases, notes with a preview, the timeline, search.

The view asks ``NotebookService`` for everything and keeps case text only in its widgets, which
``clear`` empties when the notebook locks. A note is saved about a second after the last
keystroke, and at once when the editor loses the focus, when another note or case opens, and
before locking: a crash loses at most the last second of typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QHideEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.settings import AUTO_LOCK_MINUTES, Settings
from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.common.actions import key_hint
from interact_desktop.ui.common.autosave import AutosaveTimer
from interact_desktop.ui.common.fonts import scaled
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.common.marked_text import (
    HTML_ROLE,
    TYPING_PAUSE_MS,
    HtmlDelegate,
    segments_html,
)
from interact_desktop.ui.common.storage_message import failure_text
from interact_desktop.ui.notebook.case_checklists import CaseChecklists
from interact_desktop.ui.notebook.case_list import CaseFilterProxy, CaseItemDelegate
from interact_desktop.ui.notebook.case_tools import CaseTools
from interact_desktop.ui.notebook.notebook_guard import (
    CLIPBOARD_DELAY_MS,
    SLEEP_COUNTING_CLOCK,
    ClipboardGuard,
    IdleWatcher,
)
from interact_desktop.ui.notebook.unlock_dialog import UnlockDialog
from interact_desktop.ui.services.notebook_service import (
    CASE_DATA,
    LOCKED_WHILE_OPENING,
    WRONG_PASSPHRASE,
    NotebookService,
)

if TYPE_CHECKING:
    from markdown import Markdown

    from interact_desktop.core.content.handbook import Handbook

AUTOSAVE_MS = 1000
PREVIEW_MS = 250
ID_ROLE = USER_ROLE
HIT_ROLE = HTML_ROLE + 1  # beside the HTML the search panel's delegate draws


class NotePreview(QTextBrowser):
    """The rendered note. It loads nothing: no images, no files, no links followed."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return None


class NotebookView(Retranslating, QWidget):
    def __init__(
        self,
        controller: NotebookService,
        settings: Settings,
        parent: QWidget | None = None,
        clipboard_delay_ms: int = CLIPBOARD_DELAY_MS,
        handbook: Handbook | None = None,
        clock: Callable[[], float] = SLEEP_COUNTING_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notebookView")
        self.setProperty(CASE_DATA, True)  # what is copied or selected here is guarded
        self.controller = controller
        self.settings = settings
        self.handbook = handbook
        self.lang = "en"
        self.case_id: int | None = None
        self.note_id: int | None = None
        self._dirty = False
        self._loading = False
        self._converter: Markdown | None = None
        self._case_dialog: QInputDialog | None = None
        self.tools = CaseTools(self, handbook, self)  # details, register, deleting, exports

        self.unlock_dialog = UnlockDialog()
        self.workspace = QWidget()
        self.workspace.setObjectName("notebookWorkspace")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_dialog)
        self.stack.addWidget(self.workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_workspace()

        self.idle = IdleWatcher(self._auto_lock_minutes() * 60_000, self, clock)
        self.clipboard_guard = ClipboardGuard(self, clipboard_delay_ms, clock)
        self._save_timer = AutosaveTimer(AUTOSAVE_MS, self.save_now, self)
        self._preview_timer = self._timer(PREVIEW_MS, self._render_preview)
        self._search_timer = self._timer(TYPING_PAUSE_MS, self._search)

        self.unlock_dialog.submitted.connect(self._submit)
        controller.busyChanged.connect(self.unlock_dialog.set_busy)
        controller.failed.connect(self._failed)
        controller.unlocked.connect(self._unlocked)
        controller.aboutToLock.connect(self._save_before_lock)
        controller.locked.connect(self._on_locked)
        self.idle.idle.connect(self.lock)
        self.retranslate()
        self._show_prompt()

    # -- construction -------------------------------------------------------------------------

    def _timer(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _build_workspace(self) -> None:
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.lock)
        self.auto_lock_label = QLabel()
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setValue(self._auto_lock_minutes())
        self.auto_lock.valueChanged.connect(self._set_auto_lock)
        self.auto_lock_label.setBuddy(self.auto_lock)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.auto_lock_label)
        top.addWidget(self.auto_lock)
        top.addWidget(self.lock_button)

        # Left: search, filter, cases.
        self.search_field = QLineEdit()
        self.search_field.setObjectName("notebookSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.results = self._results_list()
        self.results.hide()
        self.filter = QLineEdit()
        self.filter.setObjectName("caseFilter")
        self.filter.setClearButtonEnabled(True)
        self.case_model = QStandardItemModel(self)
        self.case_proxy = CaseFilterProxy(self)
        self.case_proxy.setSourceModel(self.case_model)
        self.tools.connect_filter(self.case_proxy)
        self.filter.textChanged.connect(self.case_proxy.setFilterFixedString)
        self.case_list = QListView()
        self.case_list.setObjectName("caseList")
        self.case_list.setModel(self.case_proxy)
        self.case_list.setItemDelegate(CaseItemDelegate(self.case_list))
        self.case_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.case_list.selectionModel().currentChanged.connect(self._case_chosen)
        self.new_case_button = QPushButton()
        self.new_case_button.setObjectName("newCaseButton")
        self.new_case_button.clicked.connect(self._ask_new_case)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_field)
        column.addWidget(self.results, 1)
        column.addWidget(self.filter)
        column.addWidget(self.tools.status_filter)
        column.addWidget(self.case_list, 1)
        column.addWidget(self.new_case_button)

        # Right: the case page.
        self.case_title = QLabel()
        self.case_title.setObjectName("caseTitle")
        self.case_title.setFont(scaled(self.case_title.font(), 1.3, bold=True))
        self.case_title.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self._notes_page(), "")
        self.tabs.addTab(self._timeline_page(), "")
        self.checklists = CaseChecklists(self.controller, self.handbook)
        self.tabs.addTab(self.checklists, "")
        self.tabs.addTab(self.tools.details, "")
        self.tabs.addTab(self.tools.register, "")
        right = QWidget()
        page = QVBoxLayout(right)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.case_title)
        page.addWidget(self.tools.actions)
        page.addWidget(self.tabs, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("notebookSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 650])
        layout = QVBoxLayout(self.workspace)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tools.banner)
        layout.addWidget(self.splitter, 1)

    def _results_list(self) -> QTreeWidget:
        results = QTreeWidget()
        results.setObjectName("notebookSearchResults")
        results.setHeaderHidden(True)
        results.setRootIsDecorated(False)
        results.setIndentation(0)
        results.setItemDelegate(HtmlDelegate(results))
        results.itemActivated.connect(self._open_hit)
        results.itemClicked.connect(self._open_hit)
        return results

    def _notes_page(self) -> QWidget:
        self.note_list = QListWidget()
        self.note_list.setObjectName("noteList")
        self.note_list.setMaximumHeight(96)
        self.note_list.currentItemChanged.connect(self._note_chosen)
        self.new_note_button = QPushButton()
        self.new_note_button.setObjectName("newNoteButton")
        self.new_note_button.clicked.connect(self.new_note)
        self.note_status = QLabel()
        self.note_status.setObjectName("noteStatus")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.editor.installEventFilter(self)
        self.preview = NotePreview()
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        split = QSplitter()
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.note_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_note_button)
        buttons.addWidget(self.tools.delete_note_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.note_status)
        return page

    def _timeline_page(self) -> QWidget:
        self.timeline = QListWidget()
        self.timeline.setObjectName("timelineList")
        self.timeline.setWordWrap(True)
        self.entry_when = QDateTimeEdit()
        self.entry_when.setObjectName("timelineWhen")
        self.entry_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.entry_when.setCalendarPopup(True)
        self.entry_text = QLineEdit()
        self.entry_text.setObjectName("timelineText")
        self.entry_text.returnPressed.connect(self.add_entry)
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("timelineAdd")
        self.entry_button.clicked.connect(self.add_entry)
        row = QHBoxLayout()
        row.addWidget(self.entry_when)
        row.addWidget(self.entry_text, 1)
        row.addWidget(self.entry_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(row)
        return page

    # -- language -----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language notes are indexed and searched in."""
        self.lang = lang

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Case notebook"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(key_hint(self.tr("Lock the notebook now (%1)"), "Ctrl+L"))
        self.auto_lock_label.setText(self.tr("Lock after"))
        self.auto_lock.setSuffix(" " + self.tr("min idle"))
        self.auto_lock.setAccessibleName(self.tr("Minutes without use before the notebook locks"))
        self.search_field.setPlaceholderText(self.tr("Search the notebook"))
        self.search_field.setAccessibleName(self.tr("Search the notebook"))
        self.results.setAccessibleName(self.tr("Notebook search results"))
        self.filter.setPlaceholderText(self.tr("Filter cases"))
        self.filter.setAccessibleName(self.tr("Filter cases"))
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.new_case_button.setText(self.tr("New case…"))
        self.tabs.setTabText(0, self.tr("Notes"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("Checklists"))
        self.note_list.setAccessibleName(self.tr("Notes of this case"))
        self.new_note_button.setText(self.tr("New note"))
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setPlaceholderText(
            self.tr("Write the note here. Markdown works: # heading, **bold**, - list.")
        )
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.timeline.setAccessibleName(self.tr("Timeline of the case"))
        self.entry_when.setAccessibleName(self.tr("Date and time of the entry"))
        self.entry_text.setPlaceholderText(self.tr("What happened"))
        self.entry_text.setAccessibleName(self.tr("What happened"))
        self.entry_button.setText(self.tr("Add to timeline"))
        self.tools.retranslate()
        if self.case_id is None and self.controller.is_unlocked:
            self.case_title.setText(self._no_case_open())
        elif self.case_id is not None and self.controller.is_unlocked:
            self._fill_timeline()  # the kinds of entries, in the new language

    # -- locking ------------------------------------------------------------------------------

    def _show_prompt(self) -> None:
        self.unlock_dialog.set_creating(not self.controller.exists())
        self.stack.setCurrentWidget(self.unlock_dialog)

    def _submit(self, passphrase: str, create: bool) -> None:
        if create:
            self.controller.create(passphrase)
        else:
            self.controller.unlock(passphrase)

    def _failed(self, kind: str, detail: str) -> None:
        if kind == LOCKED_WHILE_OPENING:  # the prompt again, the passphrase field emptied
            self.unlock_dialog.show_error("")
            return
        if kind == WRONG_PASSPHRASE:
            message = self.tr(
                "This passphrase does not open the notebook. Check the keyboard language and "
                "Caps Lock, then try again."
            )
        else:
            message = self.tr("The notebook could not be opened: %1").replace("%1", detail)
        self.unlock_dialog.show_error(message)

    def _unlocked(self) -> None:
        self.unlock_dialog.reset()
        self.stack.setCurrentWidget(self.workspace)
        self.idle.start()
        self.clipboard_guard.start()
        self.refresh_cases()
        self.case_title.setText(self._no_case_open())
        self.tabs.setEnabled(False)
        self.tools.unlocked()
        self.filter.setFocus()

    def lock(self) -> None:
        """Close the notebook: ``_save_before_lock`` saves what is being typed, ``_on_locked``
        empties the views, even when the disk fails."""
        self.controller.lock()

    def _save_before_lock(self) -> None:
        """The note and the case details, each on its own: one failing does not stop the other
        (the controller names what could not be saved once the notebook is locked)."""
        self.save_now()  # keeps the text on screen if it fails: the lock clears it anyway
        self.tools.save_now()

    def _on_locked(self) -> None:
        """Forget: no dialog, no watcher, nothing on the clipboard or in any widget."""
        if self._case_dialog is not None:
            self._case_dialog.reject()
        self.idle.stop()
        self.clipboard_guard.clear_now()
        self.clipboard_guard.stop()
        self.clear()
        self._show_prompt()

    def clear(self) -> None:
        """Empty every widget that showed case data (text, lists, undo history)."""
        for timer in (self._save_timer, self._preview_timer, self._search_timer):
            timer.stop()
        self._loading = True
        self.case_id = None
        self.note_id = None
        self._dirty = False
        self.case_model.clear()
        self.results.clear()
        self.results.hide()
        self.note_list.clear()
        self.timeline.clear()
        for field in (self.search_field, self.filter, self.entry_text):
            field.setText("")  # unlike clear(), setText drops the undo history too
        self.editor.setPlainText("")
        self.preview.setHtml("")
        self.preview.clearHistory()
        self.note_status.setText("")
        self.case_title.setText("")
        self.tools.clear()
        self.checklists.clear()
        self._loading = False

    # -- cases --------------------------------------------------------------------------------

    def refresh_cases(self, select: int | None = None) -> None:
        self._loading = True
        self.case_model.clear()
        self.tools.fill_cases(self.case_model)
        self._loading = False
        if select is not None:
            self.select_case(select)

    def _no_case_open(self) -> str:
        """The title while no case is open: what to do next, with or without cases yet."""
        if self.case_model.rowCount() == 0:
            return self.tr(
                "No cases yet. To keep notes on a child, choose “New case…” at the bottom"
                " left: a reference of your own is enough, no name."
            )
        return self.tr("Choose a case on the left, or create a new one.")

    def select_case(self, case_id: int) -> None:
        """Mark the case in the list without opening it again."""
        for row in range(self.case_proxy.rowCount()):
            index = self.case_proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self._loading = True
                self.case_list.setCurrentIndex(index)
                self._loading = False
                return

    def _case_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._loading:
            self.open_case(current.data(ID_ROLE))

    def new_case_dialog(self) -> QInputDialog:
        """Asks for a reference, saying plainly that no name belongs in it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("newCaseDialog")
        dialog.setWindowTitle(self.tr("New case"))
        dialog.setLabelText(
            self.tr(
                "Reference for the case, for example a file number or a code of your own.\n"
                "Use a pseudonymous reference: no real name is needed, and none should be "
                "used here."
            )
        )
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        dialog.resize(460, dialog.sizeHint().height())
        return dialog

    def _ask_new_case(self) -> None:
        dialog = self._case_dialog = self.new_case_dialog()
        accepted = dialog.exec()  # locking while it is open rejects it
        self._case_dialog = None
        if accepted and dialog.textValue().strip() and self.controller.is_unlocked:
            self.new_case(dialog.textValue())
        dialog.deleteLater()

    def new_case(self, reference: str) -> int:
        case_id = self.controller.add_case(reference)
        self.filter.setText("")
        self.refresh_cases(select=case_id)
        self.open_case(case_id)
        return case_id

    def open_case(self, case_id: int, note_id: int | None = None) -> None:
        """Show a case's notes (``note_id``, else the newest) and timeline."""
        if not self.controller.is_unlocked:
            return
        self.save_now()
        if case_id != self.case_id:
            self.note_id = None
        self.case_id = case_id
        self.case_title.setText(self.controller.reference(case_id))
        self.tabs.setEnabled(True)
        self.tools.open_case(case_id)
        self._fill_notes(note_id)
        self._fill_timeline()
        self.checklists.show_case(case_id)
        self.entry_when.setDateTime(QDateTime.currentDateTime())

    # -- notes --------------------------------------------------------------------------------

    def _note_label(self, updated: str, body: str) -> str:
        first = next((line.strip("# ").strip() for line in body.splitlines() if line.strip()), "")
        return f"{updated.replace('T', ' ')[:16]} — {first[:60]}"

    def _fill_notes(self, note_id: int | None = None) -> None:
        """List the case's notes, newest first, and open ``note_id``, else the one open, else
        the newest; a case without notes opens an empty new note."""
        if self.case_id is None:
            return
        notes = self.controller.notes(self.case_id)
        ids = [note.id for note in notes]
        wanted = note_id if note_id is not None else self.note_id
        if wanted not in ids:
            wanted = ids[-1] if ids else None
        self._loading = True
        self.note_list.clear()
        for note in reversed(notes):
            item = QListWidgetItem(self._note_label(note.updated, note.body))
            item.setData(ID_ROLE, note.id)
            self.note_list.addItem(item)
            if note.id == wanted:
                self.note_list.setCurrentItem(item)
        self._loading = False
        self._load_note(wanted, notes)

    def open_note(self, note_id: int) -> None:
        self.save_now()
        if self.case_id is not None:
            self._load_note(note_id, self.controller.notes(self.case_id))

    def _load_note(self, note_id: int | None, notes: list) -> None:
        self.note_id = note_id
        self._loading = True
        self.editor.setPlainText(next((n.body for n in notes if n.id == note_id), ""))
        self._loading = False
        self._dirty = False
        self.note_status.setText("")
        self._render_preview()

    def _note_chosen(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None and not self._loading:
            self.open_note(current.data(ID_ROLE))

    def new_note(self) -> None:
        self.save_now()
        self._loading = True
        # PySide6's stubs lack None here, but Qt takes a null item: no current note.
        self.note_list.setCurrentItem(None)  # type: ignore[call-overload]
        self._loading = False
        self._load_note(None, [])
        self.editor.setFocus()

    def _edited(self) -> None:
        if self._loading or self.case_id is None:
            return
        self._dirty = True
        self._save_timer.changed()
        self._preview_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if not self._dirty or self.case_id is None or not self.controller.is_unlocked:
            return
        body = self.editor.toPlainText()
        self._dirty = False
        if self.note_id is None and not body.strip():
            return
        created = self.note_id is None
        try:
            self.note_id = self.controller.save_note(self.case_id, self.note_id, body, self.lang)
        except Exception as error:  # a full disk: keep the text on screen and try again later
            self._dirty = True
            self.note_status.setText(
                self.tr("The note could not be saved: %1").replace("%1", failure_text(error))
            )
            return
        now = dt.datetime.now().isoformat(timespec="minutes")
        self.note_status.setText(self.tr("Saved at %1").replace("%1", now[11:16]))
        label = self._note_label(now, body)
        if created:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, self.note_id)
            self._loading = True
            self.note_list.insertItem(0, item)
            self.note_list.setCurrentItem(item)
            self._loading = False
        elif (item := self.note_list.currentItem()) is not None:
            item.setText(label)

    def _render_preview(self) -> None:
        from interact_desktop.core.note_markdown import make_note_converter, note_html

        if self._converter is None:
            self._converter = make_note_converter()
        self.preview.setHtml(note_html(self.editor.toPlainText(), self._converter))

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()  # another page took the place of the notebook
        self.tools.save_now()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    # -- timeline -----------------------------------------------------------------------------

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        if self.case_id is None:
            return
        for entry in self.controller.timeline(self.case_id):
            when = entry.at.replace("T", " ")[:16]
            kind = "" if entry.kind == "manual" else f" [{self._kind_name(entry.kind)}]"
            text = self.checklists.entry_text(entry.kind, entry.text)
            self.timeline.addItem(f"{when}{kind} — {text}")

    def _kind_name(self, kind: str) -> str:
        """What the app recorded, in the language of the moment (the stored kind is a key)."""
        names = {
            "note": self.tr("note"),
            "checklist-finalised": self.tr("checklist finalised"),
            "export": self.tr("export"),
            "flowchart-step": self.tr("flowchart step"),
        }
        return names.get(kind, kind)

    def add_entry(self) -> None:
        text = self.entry_text.text().strip()
        if not text or self.case_id is None:
            return
        when = self.entry_when.dateTime().toPython()
        assert isinstance(when, dt.datetime)  # PySide6's stubs say only "object"
        self.controller.add_entry(self.case_id, text, when)
        self.entry_text.setText("")
        self._fill_timeline()

    def refresh_timeline(self) -> None:
        self._fill_timeline()

    # -- for CaseTools: deleting --------------------------------------------------------------

    def discard_edits(self) -> None:
        """Typing not yet saved is dropped: what it belongs to is being deleted."""
        self._save_timer.stop()
        self._dirty = False

    def case_closed(self) -> None:
        """The open case was deleted: show the list without it, and nothing of it anywhere."""
        self.case_id = None
        self.note_id = None
        self.refresh_cases()
        self._loading = True
        self.note_list.clear()
        self.timeline.clear()
        self.editor.setPlainText("")
        self._loading = False
        self._render_preview()
        self.note_status.setText("")
        self.case_title.setText(self._no_case_open())
        self.checklists.clear()
        self.tabs.setEnabled(False)
        self.tools.actions.setEnabled(False)
        self._search()

    # -- checklists ---------------------------------------------------------------------------

    def refresh_case(self) -> None:
        """Checklists and timeline again: while the view was hidden, the form or a guided
        response may have written to the case."""
        if self.case_id is not None and self.controller.is_unlocked:
            self.checklists.show_case(self.case_id)
            self._fill_timeline()

    # -- search -------------------------------------------------------------------------------

    def _search(self) -> None:
        from interact_desktop.core.search.analysis import words
        from interact_desktop.core.search.highlight import Matcher, snippet

        self.save_now()  # the note being typed is found too
        text = self.search_field.text()
        self.results.clear()
        if not text.strip() or not self.controller.is_unlocked:
            self.results.hide()
            return
        matcher = Matcher([word for word, _, _ in words(text, self.lang)], self.lang)
        references = {case.id: case.reference for case in self.controller.cases()}
        hits = self.controller.search(text, self.lang)
        kinds = {"note": self.tr("Note"), "timeline": self.tr("Timeline")}
        for hit in hits:
            item = QTreeWidgetItem(self.results)
            reference = references.get(hit.case_id, "") if hit.case_id is not None else ""
            html = (
                f"<b>{escape(reference)}</b> <span style='color:gray'>· "
                f"{escape(kinds.get(hit.kind, hit.kind))}</span><br/>"
                f"<span>{segments_html(snippet(hit.text, matcher))}</span>"
            )
            item.setText(0, reference)
            item.setData(0, HTML_ROLE, html)
            item.setData(0, HIT_ROLE, (hit.kind, hit.ref, hit.case_id, hit.text))
        if not hits:
            QTreeWidgetItem(self.results, [self.tr("Nothing found in the notebook.")])
        self.results.show()

    def _open_hit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if not hit:
            return
        kind, ref, case_id, text = hit
        self.select_case(case_id)
        self.open_case(case_id, ref if kind == "note" else None)
        if kind == "note":
            self.tabs.setCurrentIndex(0)
            self.editor.setFocus()
        else:
            self.tabs.setCurrentIndex(1)
            for row in range(self.timeline.count()):
                if self.timeline.item(row).text().endswith(text):
                    self.timeline.setCurrentRow(row)
                    break

    def _auto_lock_minutes(self) -> int:
        return self.settings.get(AUTO_LOCK_MINUTES)

    def _set_auto_lock(self, minutes: int) -> None:
        self.settings.set(AUTO_LOCK_MINUTES, minutes)
        self.idle.set_timeout_ms(minutes * 60_000)
