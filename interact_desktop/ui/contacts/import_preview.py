"""What a vCard import would change, shown before anything is written: new entries are added,
each changed entry only if its box is ticked, skipped cards are named with the reason."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.contacts.merge import ImportPlan


class ImportPreview(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import contacts"))
        self.plan = plan
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        if plan.new:
            column.addWidget(self._heading(self.tr("New entries: %n", "", len(plan.new))))
            names = "<br/>".join(escape(contact.label) for contact in plan.new)
            column.addWidget(QLabel(names))
        if plan.changed:
            column.addWidget(
                self._heading(self.tr("Entries this file would change: %n", "", len(plan.changed)))
            )
            column.addWidget(QLabel(self.tr("Tick the changes to make; the others stay as now.")))
            for entry in plan.changed:
                box = QCheckBox(entry.existing.label)
                box.setObjectName("acceptChange")
                self.boxes[entry.existing.id] = box
                column.addWidget(box)
                lines = "<br/>".join(
                    f"{escape(change.field)}: {escape(change.old) or '—'} → "
                    f"<b>{escape(change.new) or '—'}</b>"
                    for change in entry.changes
                )
                detail = QLabel(lines)
                detail.setContentsMargins(24, 0, 0, 8)
                column.addWidget(detail)
        if plan.skipped:
            column.addWidget(self._heading(self.tr("Not imported: %n", "", len(plan.skipped))))
            lines = "<br/>".join(
                f"{escape(card.label)}: {escape(card.reason)}" for card in plan.skipped
            )
            column.addWidget(QLabel(lines))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def _heading(self, text: str) -> QLabel:
        return QLabel(f"<b>{escape(text)}</b>")

    def accepted_changes(self) -> list[str]:
        """The ids of the existing entries whose changes the user ticked."""
        return [entry_id for entry_id, box in self.boxes.items() if box.isChecked()]
