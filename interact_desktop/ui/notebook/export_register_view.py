"""The Register tab of a case (exportRegister): what left the notebook about it, when, for whom
and with which preset, oldest first, as the export register keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.ui.common.i18n import Retranslating

#: How core words "what" (core/notebook: dossier, backup, handover).
KINDS = ("case report (PDF)", "subject access (JSON)", "backup", "hand-over sent",
         "hand-over received", "hand-over (PDF)")  # fmt: skip


class ExportRegisterView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRegisterTab")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("exportRegister")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(4)
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        self._records: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.about.setText(
            self.tr(
                "Every export of this case, as the register keeps it. Deleting the case deletes "
                "these lines too."
            )
        )
        self.table.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("For whom"), self.tr("Preset")]
        )
        self.table.setAccessibleName(self.tr("Export register of the case"))
        self.show_records(self._records)

    def _what(self, what: str) -> str:
        """Core's English wording of the kind, in the app's language; the file name as is."""
        kind, _, name = what.partition(": ")
        names = dict(
            zip(
                KINDS,
                (
                    self.tr("Case report (PDF)"),
                    self.tr("Subject access (JSON)"),
                    self.tr("Backup"),
                    self.tr("Hand-over packet sent"),
                    self.tr("Hand-over packet received"),
                    self.tr("Hand-over (PDF)"),
                ),
                strict=True,
            )
        )
        return f"{names[kind]}: {name}" if kind in names and name else what

    def _preset(self, preset: str) -> str:
        names = {
            "full": self.tr("Full"),
            "hand-over": self.tr("Hand-over"),
            "statistics": self.tr("Statistics"),
        }
        return names.get(preset, preset)

    def show_records(self, records: list) -> None:
        """``records`` are the case's ExportRecord tuples."""
        self._records = list(records)
        self.table.clear()
        for record in self._records:
            QTreeWidgetItem(
                self.table,
                [record.at.replace("T", " ")[:16], self._what(record.what), record.recipient,
                 self._preset(record.preset)],
            )  # fmt: skip

    def clear(self) -> None:
        self.show_records([])
