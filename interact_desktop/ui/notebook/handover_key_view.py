"""This installation's hand-over key, shown for a colleague who will send cases here: as text to
copy (into an e-mail, their contacts) and as a QR code to scan from the screen.

The key is public: it lets others seal packets that only this installation opens, and reveals
nothing of the notebook.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.ui.common.i18n import Retranslating


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """``text`` as a QR code (segno), drawn dark on light whatever the theme, so it scans."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class HandoverKeyDialog(Retranslating, QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverKeyDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key = QLineEdit(key)
        self.key.setObjectName("handoverOwnKey")
        self.key.setReadOnly(True)
        self.key.setMinimumWidth(self.fontMetrics().horizontalAdvance(key) + 24)
        self.copy = QPushButton()
        self.copy.setObjectName("copyHandoverKey")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        self.code = QLabel()
        self.code.setObjectName("handoverKeyCode")
        self.code.setPixmap(qr_pixmap(key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addWidget(self.copy)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your hand-over key"))
        self.intro.setText(
            self.tr(
                "Give this key to colleagues who will hand cases over to you: packets sealed to it "
                "open only in this app, with your notebook. It is not secret."
            )
        )
        self.key.setAccessibleName(self.tr("Your hand-over key"))
        self.copy.setText(self.tr("Copy the key"))
        self.code.setAccessibleName(self.tr("The key as a QR code"))
        self.close_button.setText(self.tr("Close"))
