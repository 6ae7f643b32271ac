"""Checklists in the notebook: the Checklists tab of a case page, and the draft store the
checklist form saves through while a notebook exists.

Both go through ``NotebookService`` for every read and write, so neither holds the notebook
once it locks; the tab keeps case data only in its list, which ``clear`` empties.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.model import localized
from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.common.i18n import Retranslating

if TYPE_CHECKING:
    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.core.forms.answers import FilledChecklist
    from interact_desktop.ui.services.notebook_service import NotebookService


class NotebookDrafts:
    """Where checklists are saved once a notebook exists. Checklists are saved in the notebook only;
    the checklists feature asks to unlock it before filling one in (see docs/decisions.md)."""

    def __init__(self, controller: NotebookService, lang: Callable[[], str]) -> None:
        self.controller = controller
        self.lang = lang  # the language answers are indexed in

    def list(self) -> list[tuple[str, FilledChecklist]]:
        return self.controller.checklists()

    def load(self, draft_id: str) -> FilledChecklist | None:
        return self.controller.load_checklist(draft_id)

    def save(self, draft_id: str, filled: FilledChecklist) -> None:
        self.controller.save_checklist(draft_id, filled, self.lang())

    def delete(self, draft_id: str) -> None:
        self.controller.delete_checklist(draft_id)

    def case_reference(self, draft_id: str) -> str:
        return self.controller.case_of_checklist(draft_id)


class CaseChecklists(Retranslating, QWidget):
    """The checklists attached to one case: title, last change, finalised or not, alert raised."""

    openRequested = Signal(str)  # draft id: show it in the checklist form

    def __init__(
        self,
        controller: NotebookService,
        handbook: Handbook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseChecklists")
        self.controller = controller
        self.handbook = handbook  # titles and alert rules
        self.lang = "en"
        self.case_id: int | None = None
        self._dialog: QInputDialog | None = None

        self.intro = QLabel()
        self.intro.setObjectName("caseChecklistsIntro")
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("caseChecklistList")
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title is elided
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda item, _column: self._open(item))
        self.list.currentItemChanged.connect(lambda _current, _previous: self._update_buttons())
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachChecklistButton")
        self.attach_button.clicked.connect(self.ask_template)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openChecklistButton")
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.detach_button = QPushButton()
        self.detach_button.setObjectName("detachChecklistButton")
        self.detach_button.clicked.connect(self.detach_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.case_id is not None:
            self.show_case(self.case_id)

    def show_case(self, case_id: int) -> None:
        current = self.list.currentItem()
        keep = current.data(0, USER_ROLE) if current is not None else None
        self.case_id = case_id
        self.list.clear()
        for draft_id, filled in self.controller.checklists(case_id):
            item = QTreeWidgetItem(self.list)
            item.setData(0, USER_ROLE, draft_id)
            self._describe(item, filled)
            if draft_id == keep:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _describe(self, item: QTreeWidgetItem, filled: FilledChecklist) -> None:
        """Title, last change, finalised or not (when, in the tooltip), highest alert raised."""
        from interact_desktop.core.forms.engine import FormState

        checklist = self.handbook.checklists.get(filled.template) if self.handbook else None
        title = localized(checklist.title, self.lang) if checklist else filled.template
        item.setText(0, title)
        item.setToolTip(0, title)
        item.setText(1, _minutes(filled.updated or filled.created))
        if filled.finalised:
            item.setText(2, self.tr("Finalised"))
            item.setToolTip(2, self.tr("Finalised %1").replace("%1", _minutes(filled.finalised)))
        else:
            item.setText(2, self.tr("Being filled in"))
        alerts = FormState(checklist, filled).alerts() if checklist else []
        levels = {rule.level for rule in alerts}
        item.setText(
            3, self.tr("High") if "high" in levels else self.tr("Medium") if levels else "—"
        )
        item.setToolTip(3, "\n".join(localized(rule.message, self.lang) for rule in alerts))
        font = item.font(3)
        font.setBold(bool(alerts))
        item.setFont(3, font)

    def entry_text(self, kind: str, text: str) -> str:
        """A timeline entry as the case page shows it: a finalised checklist by its title."""
        checklist = self.handbook.checklists.get(text) if self.handbook else None
        if kind == "checklist-finalised" and checklist is not None:
            return localized(checklist.title, self.lang)
        return text

    def clear(self) -> None:
        """The notebook locked: no checklist of any case stays listed, no dialog stays open."""
        if self._dialog is not None:
            self._dialog.reject()
        self.case_id = None
        self.list.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.attach_button.setEnabled(self.case_id is not None and self.handbook is not None)
        self.open_button.setEnabled(chosen)
        self.detach_button.setEnabled(chosen)
        empty = self.case_id is not None and self.list.topLevelItemCount() == 0
        self.intro.setText(
            self.tr("No checklist is attached to this case yet.")
            if empty
            else self.tr("Checklists filled in for this case. Open one to see or change it.")
        )

    # -- actions ------------------------------------------------------------------------------

    def template_dialog(self) -> QInputDialog:
        """Which checklist to start for this case; the titles in the user's language, sorted."""
        assert self.handbook is not None
        dialog = QInputDialog(self)
        dialog.setObjectName("attachChecklistDialog")
        dialog.setWindowTitle(self.tr("Attach a new checklist"))
        dialog.setLabelText(self.tr("Checklist to fill in for this case:"))
        from interact_desktop.core.text import fold

        templates = sorted(
            self.handbook.checklists.values(), key=lambda c: fold(localized(c.title, self.lang))
        )
        dialog.setComboBoxItems([localized(c.title, self.lang) for c in templates])
        dialog.setProperty("templates", [c.id for c in templates])
        return dialog

    def ask_template(self) -> None:
        dialog = self._dialog = self.template_dialog()
        accepted = dialog.exec()  # locking while it is open rejects it
        self._dialog = None
        titles = dialog.comboBoxItems()
        if accepted and self.case_id is not None and dialog.textValue() in titles:
            self.attach_new(dialog.property("templates")[titles.index(dialog.textValue())])
        dialog.deleteLater()

    def attach_new(self, template_id: str) -> str:
        """Start a checklist attached to this case and ask the window to show it in the form."""
        from interact_desktop.core.forms.answers import FilledChecklist
        from interact_desktop.core.forms.drafts import new_draft_id

        assert self.handbook is not None and self.case_id is not None
        draft_id = new_draft_id()
        filled = FilledChecklist.new(self.handbook.checklists[template_id])
        self.controller.save_checklist(draft_id, filled, self.lang, self.case_id)
        self.show_case(self.case_id)
        self.openRequested.emit(draft_id)
        return draft_id

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(item.data(0, USER_ROLE))

    def detach_current(self) -> None:
        """The checklist leaves the case; it stays in the notebook, under File > Saved
        checklists."""
        item = self.list.currentItem()
        if item is not None and self.case_id is not None:
            self.controller.detach_checklist(item.data(0, USER_ROLE))
            self.show_case(self.case_id)

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list.setHeaderLabels(
            [self.tr("Checklist"), self.tr("Last changed"), self.tr("State"), self.tr("Alert")]
        )
        self.list.setAccessibleName(self.tr("Checklists of this case"))
        self.attach_button.setText(self.tr("Attach a new checklist…"))
        self.open_button.setText(self.tr("Open"))
        self.detach_button.setText(self.tr("Detach from the case"))
        self.detach_button.setToolTip(
            self.tr("The checklist stays in the notebook, under File > Saved checklists")
        )
        self._update_buttons()
        if self.case_id is not None and self.controller.is_unlocked:
            self.show_case(self.case_id)


def _minutes(moment: str) -> str:
    """An ISO time as 2026-11-25 21:30, the way the notebook shows times."""
    return moment.replace("T", " ")[:16]
