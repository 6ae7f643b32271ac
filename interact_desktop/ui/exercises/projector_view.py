"""What the room sees of a table-top exercise (exerciseProjector): a window of its own for the
projector, with only the injects revealed so far, newest first, in large type.

The facilitator's screen shows the clock, what comes next, the sections each inject tests and
the decisions; none of that is drawn here, and an inject not yet revealed is never in this
window's text, so projecting it cannot give the story away.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import Scenario, localized
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.ui.common.fonts import FAMILY
from interact_desktop.ui.common.i18n import Retranslating

LINES_PER_SCREEN = 20  # the body's type: this many lines fill the window's height


class ExerciseProjector(Retranslating, QWidget):
    """The revealed injects for a projector; F11 full screen, Esc leaves it (then closes)."""

    def __init__(self, handbook: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("exerciseProjector")
        self.handbook = handbook
        self.setStyleSheet(
            "QWidget#exerciseProjector { background: #ffffff; }"
            " QLabel#projectorTitle { color: #0b3366; }"
            " QTextBrowser#projectorText { background: #ffffff; color: #101418; }"
        )
        self.title = QLabel()
        self.title.setObjectName("projectorTitle")
        self.title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("projectorText")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self._html = ""
        self.resize(1280, 720)
        self.retranslate()

    def show_run(self, run: ExerciseRun, scenario: Scenario) -> None:
        """The scenario's title and its revealed injects, newest on top, in the run's language."""
        lang = run.lang
        label = self.handbook.export_label
        self.title.setText(localized(scenario.title, lang))
        parts = []
        revealed = [i for i in run.ordered(scenario) if i.id in run.revealed]
        for number, inject in enumerate(reversed(revealed)):
            minute = label("minute", lang).replace("%1", str(inject.minute))
            colour = "#0b3366" if number == 0 else "#3d4650"
            parts.append(
                f'<p style="color: {colour}; margin-bottom: 4px"><b>{escape(minute)}</b></p>'
                f"<p>{escape(localized(inject.text, lang))}</p>"
                f'<p style="margin-bottom: 24px"><b>{escape(label("question", lang))}:</b> '
                f"{escape(localized(inject.question, lang))}</p>"
            )
            if number == 0 and len(revealed) > 1:
                parts.append("<hr/>")
        self._html = "".join(parts)
        self.text.setHtml(self._html)

    def plain_text(self) -> str:
        """Everything the window shows, as text: its title and the injects."""
        return f"{self.title.text()}\n{self.text.toPlainText()}"

    def resizeEvent(self, event) -> None:
        """The type follows the window: on a projector at full screen, large enough to read
        from the back of the room."""
        super().resizeEvent(event)
        body = QFont(FAMILY)
        body.setPixelSize(max(18, self.height() // LINES_PER_SCREEN))
        self.text.document().setDefaultFont(body)
        title = QFont(FAMILY)
        title.setPixelSize(round(body.pixelSize() * 1.4))
        title.setBold(True)
        self.title.setFont(title)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exercise for the room — INTERACT Desktop"))
        self.setAccessibleName(self.tr("Exercise for the room"))
        self.setAccessibleDescription(
            self.tr("The injects revealed so far. F11: full screen; Esc: leave full screen.")
        )
        self.text.setAccessibleName(self.tr("Injects revealed so far"))
