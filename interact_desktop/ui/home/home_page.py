"""The start page: the emergency first, then the other tasks, search, and where the user was.

A police officer opening the app at 2 a.m. for a missing child sees one large button first and
has the focus on it: Enter starts the guided response. Everything else on the page is for the
calmer days. The page only emits places; the features that own them do the work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.places import GETTING_STARTED
from interact_desktop.ui.common import spacing
from interact_desktop.ui.common.empty_state import empty_state
from interact_desktop.ui.common.fonts import scaled
from interact_desktop.ui.common.icons import IconView, icon

#: The tasks of the start page: object name, place it opens.
TASKS = (
    ("emergencyButton", "guided:child-missing"),
    ("childFoundButton", "guided:child-found"),
    ("borderCrossingButton", "guided:border-crossing"),
)
#: Each tile's icon (common.icons) and its side in pixels.
TILE_ICONS = {
    "emergencyButton": ("emergency", 40),
    "childFoundButton": ("found", 28),
    "borderCrossingButton": ("border", 28),
    "fillChecklistButton": ("checklist", 28),
}
#: The three tasks under the emergency, side by side where their words fit.
SIDE_TASKS = ("childFoundButton", "borderCrossingButton", "fillChecklistButton")
#: Beside a tile's longest word: its icon (28), the gap, the margins, the frame.
TILE_ICON_ROOM = 28 + spacing.SMALL + 2 * spacing.MEDIUM + 8
EMERGENCY_TEXT = "#ffffff"
CONTENT_WIDTH = 1100  # px: wider, the tiles' words drift apart and the lists turn into lines
#: The emergency button's focus ring: at least 3:1 against the light and the dark window alike.
FOCUS_RING = "#2f7fd8"
EMERGENCY_STYLE = (
    "QPushButton#emergencyButton { background-color: #b3261e; color: white; border-radius: 8px;"
    " padding: 18px; }"
    "QPushButton#emergencyButton QLabel { color: white; }"
    f"QPushButton#emergencyButton:focus {{ border: 3px solid {FOCUS_RING}; }}"
)


class HomePage(QScrollArea):
    placeRequested = Signal(str)
    searchRequested = Signal(str)
    firstPainted = Signal()  # the app's start-up ends here when it opens on this page
    checklistsWanted = Signal()  # the picker is about to open: its titles are listed only then

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._places: dict[QListWidget, list[str]] = {}  # each list's places, by row
        inner = QWidget()
        # On a wide screen the tasks stay a readable width, in the middle.
        content = QWidget()
        content.setObjectName("homeContent")
        content.setMaximumWidth(CONTENT_WIDTH)
        frame = QHBoxLayout(inner)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.setSpacing(0)
        frame.addStretch(1)
        frame.addWidget(content, 100)
        frame.addStretch(1)
        column = QVBoxLayout(content)
        column.setContentsMargins(spacing.XXLARGE, spacing.XLARGE, spacing.XXLARGE, spacing.XLARGE)
        column.setSpacing(spacing.LARGE)
        self.heading = QLabel()
        self.heading.setObjectName("homeHeading")
        self.heading.setFont(scaled(self.font(), 1.8, bold=True))
        column.addWidget(self.heading)

        self.tiles: dict[str, QPushButton] = {}
        self._tile_labels: dict[str, QLabel] = {}
        for name, place in TASKS:
            tile = self._tile(name)
            tile.clicked.connect(lambda _=False, p=place: self.placeRequested.emit(p))
        emergency = self.tiles["emergencyButton"]
        self._tile_labels["emergencyButton"].setFont(scaled(self.font(), 1.7, bold=True))
        emergency.setMinimumHeight(88)
        emergency.setStyleSheet(EMERGENCY_STYLE)
        emergency.setDefault(True)
        column.addWidget(emergency)
        self._painted = False
        emergency.installEventFilter(self)
        self.checklist_tile = self._tile("fillChecklistButton")
        self.checklist_menu = QMenu(self.checklist_tile)
        self.checklist_menu.setObjectName("checklistPickerMenu")
        self.checklist_menu.aboutToShow.connect(self.checklistsWanted)
        self.checklist_tile.setMenu(self.checklist_menu)
        row = self._task_row = QHBoxLayout()
        row.setSpacing(spacing.LARGE)
        self._content = content
        for name in SIDE_TASKS:
            tile = self.tiles[name]
            self._tile_labels[name].setFont(scaled(self.font(), 1.2, bold=True))
            tile.setMinimumHeight(72)
            row.addWidget(tile, 1)
        column.addLayout(row)

        self.search = QLineEdit()
        self.search.setObjectName("homeSearchField")
        self.search.setFont(scaled(self.font(), 1.15))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search)
        column.addWidget(self.search)

        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setIcon(icon("continue"))
        self.continue_button.clicked.connect(self._continue)
        self.continue_button.setVisible(False)
        self._continue_place = ""
        column.addWidget(self.continue_button)

        lists = QGridLayout()
        lists.setHorizontalSpacing(spacing.LARGE)
        lists.setVerticalSpacing(spacing.SMALL)
        self.recent_label = QLabel()
        self.recent_pages = self._list("recentPages")
        self.recent_empty = empty_state("recentPagesEmpty")
        self.cases_label = QLabel()
        self.recent_cases = self._list("recentCases")
        self.cases_empty = empty_state("recentCasesEmpty")
        for label in (self.recent_label, self.cases_label):
            label.setFont(scaled(self.font(), 1.1, bold=True))
        lists.addWidget(self.recent_label, 0, 0)
        lists.addWidget(self.recent_pages, 1, 0)
        lists.addWidget(self.recent_empty, 2, 0)
        lists.addWidget(self.cases_label, 0, 1)
        lists.addWidget(self.recent_cases, 1, 1)
        lists.addWidget(self.cases_empty, 2, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        column.addLayout(lists)

        # For a first-time user on a calm day: the way around the app, after the tasks.
        self.getting_started_button = QPushButton()
        self.getting_started_button.setObjectName("gettingStartedButton")
        self.getting_started_button.clicked.connect(
            lambda: self.placeRequested.emit(GETTING_STARTED)
        )
        help_row = QHBoxLayout()
        help_row.addWidget(self.getting_started_button)
        help_row.addStretch(1)
        column.addLayout(help_row)

        self.trainers_label = QLabel()
        self.trainers_label.setFont(scaled(self.font(), 1.1, bold=True))
        column.addWidget(self.trainers_label)
        trainers = QHBoxLayout()
        trainers.setSpacing(spacing.SMALL)
        self.present_button = QPushButton()
        self.present_button.setObjectName("homePresentButton")
        self.present_button.setIcon(icon("present"))
        self.exercise_button = QPushButton()
        self.exercise_button.setObjectName("homeExerciseButton")
        self.exercise_button.setIcon(icon("exercise"))
        self.exercise_button.clicked.connect(lambda: self.placeRequested.emit("exercise:"))
        for button in (self.present_button, self.exercise_button):
            trainers.addWidget(button)
        trainers.addStretch(1)
        column.addLayout(trainers)
        column.addStretch(1)
        self.setWidget(inner)
        self.show_recent([])
        self.show_cases([], unlocked=False)

    def _tile(self, name: str) -> QPushButton:
        """A large button whose words wrap (a plain button's text never does, and the Greek
        and French tasks are long): the words are a label inside it, clicks go to the button."""
        tile = QPushButton()
        tile.setObjectName(name)
        tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label = QLabel(tile)
        label.setWordWrap(True)
        # Centred through the property, by value (Qt.AlignmentFlag.AlignCenter): the Qt namespace
        # is not touched before the first paint, and a style sheet would restyle the whole tile.
        label.setProperty("alignment", 0x0084)
        icon_name, side = TILE_ICONS[name]
        picture = IconView(icon_name, side, EMERGENCY_TEXT if name == "emergencyButton" else "")
        picture.setObjectName(f"{name}Icon")
        inner = QHBoxLayout(tile)
        inner.setContentsMargins(spacing.MEDIUM, spacing.SMALL, spacing.MEDIUM, spacing.SMALL)
        inner.setSpacing(spacing.SMALL)
        inner.addStretch(1)
        inner.addWidget(picture)
        inner.addWidget(label, 100)  # the words take the width: they wrap only when they must
        inner.addStretch(1)
        self.tiles[name] = tile
        self._tile_labels[name] = label
        return tile

    def set_tile_text(self, name: str, text: str) -> None:
        """The tile's words, and its accessible name (its own text stays empty)."""
        self._tile_labels[name].setText(text)
        self.tiles[name].setAccessibleName(text)
        self._arrange_tiles()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_tiles()

    def _arrange_tiles(self) -> None:
        """The three smaller tasks side by side where each has room for its longest word beside
        its icon, else one under the other: a word is never cut ("Ενδείξεις" in a narrow
        window)."""
        margins = self._content.contentsMargins()
        room = self._content.width() - margins.left() - margins.right()
        needed = self._task_row.spacing() * (len(SIDE_TASKS) - 1)
        for name in SIDE_TASKS:
            label = self._tile_labels[name]
            metrics = QFontMetrics(label.font())
            longest = max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
            needed += longest + TILE_ICON_ROOM
        across = room >= needed
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self._task_row.direction() != direction:
            self._task_row.setDirection(direction)

    def tile_text(self, name: str) -> str:
        return self._tile_labels[name].text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            self.firstPainted.emit()
        return False

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMaximumHeight(190)
        widget.itemActivated.connect(lambda item: self._activated(widget, item))
        widget.itemClicked.connect(lambda item: self._activated(widget, item))
        self._places[widget] = []
        return widget

    def _activated(self, widget: QListWidget, item: QListWidgetItem) -> None:
        self.placeRequested.emit(self._places[widget][widget.row(item)])

    def _search(self) -> None:
        if text := self.search.text().strip():
            self.searchRequested.emit(text)

    def _continue(self) -> None:
        if self._continue_place:
            self.placeRequested.emit(self._continue_place)

    # -- what the page lists ------------------------------------------------------------------

    def set_checklists(self, checklists: list[tuple[str, str]]) -> None:
        """The picker: (title in the user's language, id), sorted as the user reads them."""
        self.checklist_menu.clear()
        for title, checklist_id in checklists:
            action = self.checklist_menu.addAction(title)
            action.triggered.connect(
                lambda _=False, c=checklist_id: self.placeRequested.emit(f"fill:{c}")
            )

    def show_continue(self, place: str, title: str, label: str) -> None:
        self._continue_place = place
        self.continue_button.setVisible(bool(place))
        self.continue_button.setText(label.replace("%1", title))

    def show_recent(self, pages: list[tuple[str, str]]) -> None:
        """Recent pages, or a sentence saying where to start reading."""
        self._fill(self.recent_pages, pages)
        self.recent_pages.setVisible(bool(pages))
        self.recent_empty.setVisible(not pages)

    def show_cases(self, cases: list[tuple[str, str]], unlocked: bool) -> None:
        """Recent cases: only while the notebook is unlocked (nothing of a case otherwise);
        unlocked without a case, a sentence saying how to make one."""
        self._fill(self.recent_cases, cases)
        self.cases_label.setVisible(unlocked)
        self.recent_cases.setVisible(unlocked and bool(cases))
        self.cases_empty.setVisible(unlocked and not cases)

    def _fill(self, widget: QListWidget, rows: list[tuple[str, str]]) -> None:
        widget.clear()
        self._places[widget] = [place for place, _title in rows]
        widget.addItems([title for _place, title in rows])
