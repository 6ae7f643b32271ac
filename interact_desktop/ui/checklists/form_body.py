"""The questions of a checklist form, laid out for the width they have.

A guardian on a laptop should not scroll through a 220-pixel column: from ``WIDE`` pixels on, each
question (with its help) sits on the left and its answer on the right; narrower, the answer goes
under its question. A row is a question block and an answer widget; both are hidden together when
the template's rules hide the question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

#: From this width (pixels of the form's body) questions and answers stand in two columns.
WIDE = 900
#: Narrower than ``WIDE`` by this much before going back to one column, so a scroll bar that
#: appears or goes at the threshold does not make the layout flip back and forth.
HYSTERESIS = 24
#: The question column's share of the width against the answer column's.
QUESTION_SHARE, ANSWER_SHARE = 5, 4
#: Space above each question (and, beside it, above its answer), in pixels.
ROW_GAP = 10


class FormBody(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistBody")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setContentsMargins(12, 8, 12, 12)
        # Rows keep their natural height; the room left over stays below the last one.
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._rows: list[tuple[QWidget, QWidget]] = []  # question, the answer's holder
        self._answers: list[QWidget] = []
        self._wide = False

    @property
    def two_columns(self) -> bool:
        return self._wide

    def add_row(self, question: QWidget, answer: QWidget) -> None:
        """A question (its own margins, ``ROW_GAP`` at the top) and its answer, held in a box
        with the same gap above so the two start level when side by side."""
        holder = QWidget()
        holder.setObjectName(f"answer-{answer.objectName()}")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, ROW_GAP, 0, 0)
        column.addWidget(answer)
        self._rows.append((question, holder))
        self._answers.append(answer)
        self._place(len(self._rows) - 1)

    def clear(self) -> None:
        """Remove and delete every row's widgets now, not at the next turn of the event loop:
        the notebook locking empties the form, and no answer may outlive that call."""
        import shiboken6

        for question, answer in self._rows:
            for widget in (question, answer):
                self.grid.removeWidget(widget)
                shiboken6.delete(widget)
        self._rows.clear()
        self._answers.clear()

    def set_row_visible(self, number: int, visible: bool) -> None:
        """Show or hide a question with its answer (the answer itself too, so whoever holds
        the answer's widget sees it hidden)."""
        for widget in (*self._rows[number], self._answers[number]):
            widget.setVisible(visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        wide = width >= WIDE if not self._wide else width >= WIDE - HYSTERESIS
        if wide != self._wide:
            self._wide = wide
            self._arrange()
        super().resizeEvent(event)

    def _arrange(self) -> None:
        for question, answer in self._rows:
            self.grid.removeWidget(question)
            self.grid.removeWidget(answer)
        for number in range(len(self._rows)):
            self._place(number)

    def _place(self, number: int) -> None:
        question, answer = self._rows[number]
        top = Qt.AlignmentFlag.AlignTop
        if self._wide:
            self.grid.addWidget(question, number, 0, top)
            self.grid.addWidget(answer, number, 1, top)
            self.grid.setColumnStretch(0, QUESTION_SHARE)
            self.grid.setColumnStretch(1, ANSWER_SHARE)
        else:
            self.grid.addWidget(question, 2 * number, 0, 1, 2)
            self.grid.addWidget(answer, 2 * number + 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)
