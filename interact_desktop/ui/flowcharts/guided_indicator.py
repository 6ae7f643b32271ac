"""The bar that keeps a running guided response in sight while another page is read.

Clicking a step's "read the guidance" link, or any other page, hides the flowchart; the response
and its clock go on. This bar says which step is current and when it is due, and one click (or
Enter on its button) brings the flowchart back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy


class GuidedIndicator(QFrame):
    returnRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("guidedIndicator")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("QFrame#guidedIndicator { background-color: #fff4e5; }")
        self.label = QLabel()
        self.label.setObjectName("guidedIndicatorText")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #1d1b20;")
        self.button = QPushButton()
        self.button.setObjectName("guidedReturnButton")
        self.button.clicked.connect(self.returnRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_state(self, text: str, button: str) -> None:
        self.label.setText(text)
        self.button.setText(button)
