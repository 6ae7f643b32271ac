"""The notebook's passphrase prompt (unlockDialog): create the notebook, or unlock it.

It sits inside the notebook view rather than in a window of its own, so a locked notebook never
blocks the handbook. The passphrase leaves the fields as soon as it is submitted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.ui.common.fonts import scaled


class UnlockDialog(QWidget):
    submitted = Signal(str, bool)  # passphrase, create

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.creating = False
        self.title = QLabel()
        self.title.setObjectName("unlockTitle")
        self.title.setFont(scaled(self.title.font(), 1.4, bold=True))
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("unlockExplanation")
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphraseField")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("passphraseConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self._colour_message()
        self.busy = QProgressBar()
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)  # a moving bar: the time is not known in advance
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("unlockBusyLabel")
        self.busy_label.hide()
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)

        self.form = QFormLayout()
        self.passphrase_label = QLabel()
        self.confirm_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.confirm_label, self.confirm)
        self.form.addRow("", self.strength)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addSpacing(8)
        inner.addLayout(self.form)
        inner.addWidget(self.message)
        inner.addWidget(self.busy_label)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._next_or_submit)
        self.confirm.returnPressed.connect(self._submit)
        self.passphrase.textChanged.connect(self._update_strength)
        self.set_creating(False)

    def set_creating(self, creating: bool) -> None:
        """Two fields and a strength hint for a new notebook; one field to unlock."""
        self.creating = creating
        self.confirm.setVisible(creating)
        self.confirm_label.setVisible(creating)
        self.strength.setVisible(creating)
        self.reset()
        self.retranslate()

    def reset(self) -> None:
        self.passphrase.setText("")
        self.confirm.setText("")
        self.message.setText("")
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.passphrase, self.confirm, self.button):
            widget.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        """After a failed attempt: say why, empty the fields, ready for the next try."""
        self.set_busy(False)
        self.passphrase.setText("")
        self.confirm.setText("")
        self.message.setText(message)
        self.passphrase.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._colour_message()
        super().changeEvent(event)

    def _colour_message(self) -> None:
        """Red that reads on the light and on the dark background."""
        from PySide6.QtGui import QPalette

        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        style = f"color: {'#ff9b8f' if dark else '#b42318'};"
        if self.message.styleSheet() != style:
            self.message.setStyleSheet(style)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Notebook passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_label.setText(self.tr("Passphrase:"))
        self.confirm_label.setText(self.tr("Again:"))
        self.busy_label.setText(self.tr("Checking the passphrase…"))
        self.busy.setAccessibleName(self.tr("Checking the passphrase…"))
        if self.creating:
            self.title.setText(self.tr("Create the case notebook"))
            self.explanation.setText(
                self.tr(
                    "Case notes are kept encrypted on this computer and open only with your "
                    "passphrase. Choose a long one (several words are easiest to remember): "
                    "nobody can recover it if it is forgotten."
                )
            )
            self.button.setText(self.tr("Create the notebook"))
        else:
            self.title.setText(self.tr("The case notebook is locked"))
            self.explanation.setText(self.tr("Enter your passphrase to open the case notes."))
            self.button.setText(self.tr("Unlock"))
        self._update_strength()

    def _update_strength(self) -> None:
        from interact_desktop.core.notebook.keys import strength_hint

        text = self.passphrase.text()
        words = {
            "weak": self.tr("Strength: weak — add words or characters"),
            "fair": self.tr("Strength: fair"),
            "strong": self.tr("Strength: strong"),
        }
        self.strength.setText(words[strength_hint(text)] if text else "")

    def _next_or_submit(self) -> None:
        if self.creating and not self.confirm.text():
            self.confirm.setFocus()
        else:
            self._submit()

    def _submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Enter a passphrase."))
            return
        if self.creating and passphrase != self.confirm.text():
            self.show_error(self.tr("The two passphrases differ. Type them again."))
            return
        self.passphrase.setText("")
        self.confirm.setText("")
        self.message.setText("")
        self.set_busy(True)
        self.submitted.emit(passphrase, self.creating)
