"""One answer out of a few short ones (yes / no / not known) as a single joined control.

Three stacked radio buttons read as three questions; joined buttons read as one. The buttons are
checkable and exclusive in a QButtonGroup, so Qt gives them the radio buttons' keyboard: Tab
enters the control, the arrow keys move (and choose), Space chooses. Each button is named for a
screen reader by its own text, and described by the question it answers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

#: At most this many answers, each at most this long in every language, make a joined control;
#: anything longer wraps badly side by side and stays a list of radio buttons.
MAX_OPTIONS = 4
MAX_LABEL = 20

# Joined look: the outer corners rounded, a shared border between neighbours, the chosen one in
# the highlight colour. Palette roles, so the light and dark appearances both keep their contrast.
STYLE = """
QPushButton {{
  background: palette(base); color: palette(text);
  border: 1px solid palette(mid); border-radius: 0; padding: 5px 14px; margin: 0;
  {extra}
}}
QPushButton:checked {{ background: palette(highlight); color: palette(highlighted-text); }}
QPushButton:focus {{ border: 2px solid palette(highlight); }}
QPushButton:checked:focus {{ border: 2px solid palette(text); }}
"""
FIRST = "border-top-left-radius: 5px; border-bottom-left-radius: 5px;"
LAST = "border-top-right-radius: 5px; border-bottom-right-radius: 5px; "
MIDDLE = "border-left: none;"


def fits(labels: list[list[str]]) -> bool:
    """Whether answers (each given in every language) are few and short enough to be joined."""
    return 2 <= len(labels) <= MAX_OPTIONS and all(
        len(text) <= MAX_LABEL for texts in labels for text in texts
    )


class SegmentedChoice(QWidget):
    """Buttons side by side, at most one chosen; ``chosen`` says the key of the one chosen."""

    chosen = Signal(str)

    def __init__(self, options: list[tuple[str, str]], value: object, question: str) -> None:
        super().__init__()
        self.setObjectName("segmentedChoice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._keys: list[str] = []
        last = len(options) - 1
        for number, (key, text) in enumerate(options):
            button = QPushButton(text)
            button.setObjectName(f"segment-{key}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(text)
            button.setAccessibleDescription(question)
            extra = (FIRST if number == 0 else "") + (LAST if number == last else "")
            if number > 0:
                extra += MIDDLE
            button.setStyleSheet(STYLE.format(extra=extra))
            button.setChecked(key == value)
            self.group.addButton(button, number)
            self._keys.append(key)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    def buttons(self) -> list[QPushButton]:
        """The buttons, in order (for tests and screen readers' sake: one per answer)."""
        return [self.group.button(number) for number in range(len(self._keys))]  # type: ignore[misc]

    def value(self) -> str | None:
        number = self.group.checkedId()
        return self._keys[number] if number >= 0 else None

    def _toggled(self, number: int, on: bool) -> None:
        if on:
            self.chosen.emit(self._keys[number])
