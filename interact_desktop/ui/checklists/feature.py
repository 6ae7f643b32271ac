"""Checklists filled in: the form shown in place of the text, and File > Saved checklists.

A checklist is filled in from its page ("fill:ID"), from a case in the notebook
(``draftRequested``), or from the Saved checklists menu. Once a notebook exists, checklists are
kept in it: filling one in while it is locked asks to unlock it first (``unlockRequested``), and
locking saves and empties the form (``notebookAboutToLock``), so no answer stays on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from interact_desktop.core.content.model import localized

if TYPE_CHECKING:
    from interact_desktop.ui.checklists.checklist_form import ChecklistForm
    from interact_desktop.ui.context import AppContext
    from interact_desktop.ui.shell import Shell


class ChecklistsFeature(QObject):
    def __init__(self, context: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.context = context
        self.shell = shell
        self.handbook = context.handbook
        self._form: ChecklistForm | None = None
        self.drafts_menu = QMenu(shell.widget())
        self.drafts_menu.setObjectName("draftsMenu")
        self.drafts_menu.aboutToShow.connect(self.fill_drafts_menu)
        shell.add_action(self.drafts_menu.menuAction(), "file")
        shell.handle_places("fill", self.fill)
        events = context.events
        events.checklistRequested.connect(self.fill)
        events.draftRequested.connect(self.open_draft)
        events.notebookAboutToLock.connect(self.close_checklist)
        events.asideChanged.connect(self._aside_changed)
        events.languageChanged.connect(self._language_changed)
        events.closing.connect(self._save)
        context.drafts.aboutToSwitch.connect(self._save)
        self.retranslate()

    @property
    def form(self) -> ChecklistForm:
        """The form, built the first time a checklist is filled in."""
        if self._form is None:
            from interact_desktop.ui.checklists.checklist_form import ChecklistForm

            form = ChecklistForm(self.handbook, self.context.drafts)
            form.set_language(self.context.lang)
            form.hide()
            form.placeRequested.connect(self.shell.open_place)
            form.closed.connect(self._close)
            self._form = form
        return self._form

    def fill(self, checklist_id: str) -> bool:
        """Start a new draft of a checklist and show its form."""
        checklist = self.handbook.checklists.get(checklist_id)
        if checklist is None:
            return False
        notebook = self.context.notebook
        if notebook.exists() and not notebook.is_unlocked:
            # Checklists are kept in the notebook: it asks to be unlocked first.
            message = self.tr("Checklists are kept in the notebook. Unlock it to fill this one in.")
            self.context.events.unlockRequested.emit(message, lambda: self.fill(checklist_id))
            return True
        draft_id = self.form.start(checklist)
        self.form.set_case(self.context.drafts.case_reference(draft_id))
        self.shell.show_aside(self.form)
        return True

    def open_draft(self, draft_id: str) -> bool:
        filled = self.context.drafts.load(draft_id)
        checklist = self.handbook.checklists.get(filled.template) if filled else None
        if checklist is None or filled is None:
            return False
        self.form.open(checklist, draft_id, filled)
        self.form.set_case(self.context.drafts.case_reference(draft_id))
        self.shell.show_aside(self.form)
        return True

    def close_checklist(self) -> None:
        """Save and empty the form, and put the text back in its place (the notebook locks).
        Emptied first: the form goes even when the disk refuses the last save."""
        if self._form is None:
            return
        self._form.unload()
        if self.shell.aside is self._form:
            self.shell.show_aside(None)

    def _close(self) -> None:
        """The form's Close button: the text comes back, and whoever opened it may follow."""
        draft_id = self.form.draft_id
        self._save()
        self.shell.show_aside(None)
        self.context.events.checklistClosed.emit(draft_id)

    def _aside_changed(self, widget: object) -> None:
        if self._form is not None and widget is not self._form:
            self._save()

    def _save(self) -> None:
        if self._form is not None:
            self._form.save_now()

    def fill_drafts_menu(self) -> None:
        menu = self.drafts_menu
        menu.clear()
        notebook = self.context.notebook
        if notebook.exists() and not notebook.is_unlocked:
            action = menu.addAction(self.tr("Unlock the notebook to see saved checklists…"))
            action.triggered.connect(
                lambda: self.context.events.unlockRequested.emit("", lambda: None)
            )
            return
        drafts = self.context.drafts.list()
        lang = self.context.lang
        for draft_id, filled in drafts[:30]:
            checklist = self.handbook.checklists.get(filled.template)
            if checklist is None:
                continue
            when = (filled.updated or filled.created).replace("T", " ")[:16]
            mark = " ✓" if filled.finalised else ""
            action = menu.addAction(f"{localized(checklist.title, lang)} — {when}{mark}")
            action.triggered.connect(lambda _=False, d=draft_id: self.open_draft(d))
        if not drafts:
            menu.addAction(self.tr("No saved checklists")).setEnabled(False)

    def _language_changed(self, code: str) -> None:
        self.retranslate()
        if self._form is not None:
            self._form.set_language(code)

    def retranslate(self) -> None:
        self.drafts_menu.setTitle(self.tr("Saved &checklists"))
