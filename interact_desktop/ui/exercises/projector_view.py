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
from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Scenario
from interact_desktop.core.content.typography import with_colon
from interact_desktop.core.exercises.run import ExerciseRun
from interact_desktop.ui.common.fonts import FAMILY
from interact_desktop.ui.common.i18n import Retranslating

LINES_PER_SCREEN = 20  # the newest inject's type: this many lines fill the window's height


class ExerciseProjector(Retranslating, QWidget):
    """The revealed injects for a projector; F11 full screen, Esc leaves it (then closes)."""

    def __init__(self, handbook: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("exerciseProjector")
        self.handbook = handbook
        self.setStyleSheet(
            "QWidget#exerciseProjector { background: #ffffff; }"
            " QLabel#projectorTitle { color: #3d4650; }"
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
        # Scrolls with the wheel for the earlier injects; no bar on the room's screen.
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self._shown: tuple[ExerciseRun, Scenario] | None = None
        self.resize(1280, 720)
        self.retranslate()

    def show_run(self, run: ExerciseRun, scenario: Scenario) -> None:
        """The scenario's title and its revealed injects in the run's language: the newest on
        top in full size, the earlier ones below it smaller, for those who came in late."""
        self._shown = (run, scenario)
        lang = run.lang
        label = self.handbook.export_label
        self.title.setText(localized(scenario.title, lang))
        body = self._body_px()
        parts = []
        revealed = [i for i in run.ordered(scenario) if i.id in run.revealed]
        for number, inject in enumerate(reversed(revealed)):
            size = body if number == 0 else round(body * 0.7)
            colour = "#101418" if number == 0 else "#3d4650"
            minute = label("minute", lang).replace("%1", str(inject.minute))
            question = with_colon(label("question", lang), lang)
            parts.append(
                f'<div style="font-size: {size}px; color: {colour}">'
                f'<p style="color: #1d5fa8; margin-bottom: 4px"><b>{escape(minute)}</b></p>'
                f"<p>{escape(localized(inject.text, lang))}</p>"
                f'<p style="margin-bottom: {size}px"><b>{escape(question)}</b> '
                f"{escape(localized(inject.question, lang))}</p></div>"
            )
        self.text.setHtml("".join(parts))

    def plain_text(self) -> str:
        """Everything the window shows, as text: its title and the injects."""
        return f"{self.title.text()}\n{self.text.toPlainText()}"

    def _body_px(self) -> int:
        return max(18, self.height() // LINES_PER_SCREEN)

    def resizeEvent(self, event) -> None:
        """The type follows the window: on a projector at full screen, large enough to read
        from the back of the room."""
        super().resizeEvent(event)
        title = QFont(FAMILY)
        title.setPixelSize(round(self._body_px() * 0.8))
        self.title.setFont(title)
        if self._shown is not None:
            self.show_run(*self._shown)

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
