"""The reader: a page of the handbook as rich text, with links, figures, zoom and a calm layout."""

from __future__ import annotations

import math
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTextBrowser, QWidget

from interact_desktop.core.content.figures import declared_size
from interact_desktop.paths import content_dir, resources_dir

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

# The Qt classes of figures, links and highlighted words are imported where they are used:
# importing one builds its Python type and enums, which the first paint does not need.

INTERNAL_SCHEMES = (
    "section", "checklist", "flowchart", "glossary", "scenario", "fill", "exercise",
    "law", "laws", "country", "role", "countrybox", "compare",
)  # fmt: skip
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4, 2.8)
MEASURE_CHARACTERS = 72  # a comfortable line for continuous reading
FIGURE_WIDTH = 640
REFIT_PAUSE_MS = 150


class ReaderView(QTextBrowser):
    """Shows HTML pages; internal links are emitted as places, web links open only on click."""

    placeRequested = Signal(str)
    backRequested = Signal()
    forwardRequested = Signal()
    zoomChanged = Signal(float)
    firstPainted = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Always there, so the text's width does not change when a page turns out longer than
        # the window: that change would lay the whole page out again (twice, with the
        # centred column's margins). Set by name: Qt.ScrollBarPolicy would build every enum
        # of the Qt namespace before the first paint.
        self.setProperty("verticalScrollBarPolicy", 2)  # Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        self.anchorClicked.connect(self._on_anchor)
        self._zoom = 1.0
        self._painted = False
        self._blanks = True  # figures are blanks of their size until the first paint
        self._figures_waiting = False  # a blank stands for a figure in the page
        self._spans: list[tuple[int, int]] = []  # highlighted words, as character ranges
        self._html = ""
        self._figure_px: int | None = None  # the width figures of this page were drawn at
        self._refit_timer: QTimer | None = None  # made the first time a page has a figure
        self._span_index = -1
        self._columns = 1
        self._headings: list[tuple[str, float]] = []
        self._headings_key: tuple[int, float, float, int] | None = None
        self._base_point_size = self.font().pointSizeF()
        self._template = Template(
            (resources_dir() / "styles" / "reader.css").read_text(encoding="utf-8")
        )
        self._apply_font()

    # -- pages --------------------------------------------------------------------------------

    def show_page(self, html: str, anchor: str = "", columns: int = 1) -> None:
        """``columns``: how many columns of a comfortable measure the page sets side by side
        (two countries compared), so each keeps the width of one."""
        self._columns = columns
        self.document().setDefaultStyleSheet(self._stylesheet())
        self._html = html
        self._figure_px = None
        self.setHtml(html)
        self._spans = []
        self.setExtraSelections([])
        self._apply_measure()
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)

    def loadResource(self, kind: int, url: QUrl | str):
        """Figures are SVG, drawn at the reader's scale so they stay sharp at any zoom."""
        from PySide6.QtCore import QUrl

        url = QUrl(url)
        if url.scheme() == "figure":
            return self._figure(url.path())
        return super().loadResource(kind, url)

    def _figure(self, name: str) -> QImage:
        """Drawing a figure (loading Qt's SVG module, then the drawing) takes about as long as
        laying out the rest of the page: until the reader's first paint, which shows the text,
        a figure is a blank of its size, and the page is laid out with the drawing right after
        (``draw_figures``), so nothing moves."""
        path = content_dir() / "figures" / f"{name}.svg"
        width = self._figure_width()
        self._figure_px = width
        ratio = self.devicePixelRatioF()
        if self._blanks and (size := declared_size(path)) is not None:
            self._figures_waiting = True
            return _blank(size, width, ratio)
        return _drawn(path, width, ratio)

    # -- zoom and measure ---------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if abs(factor - self._zoom) < 1e-6:
            return
        self._zoom = factor
        self._apply_font()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def _apply_font(self) -> None:
        font = self.font()
        font.setPointSizeF(self._base_point_size * 1.15 * self._zoom)
        self.document().setDefaultFont(font)
        self._apply_measure()

    def _column_width(self) -> float:
        metrics = QFontMetricsF(self.document().defaultFont())
        measure = metrics.averageCharWidth() * MEASURE_CHARACTERS * self._columns
        return min(measure, self._text_area_width() - 32)

    def _text_area_width(self) -> int:
        """The viewport's width, worked out without asking for the viewport: wrapping it in
        Python the first time builds QWidget's enums (about 10 ms) before the first paint."""
        width = self.contentsRect().width()
        bar = self.verticalScrollBar()
        return width - bar.width() if bar.isVisible() else width

    def _apply_measure(self) -> None:
        """Centre a column of comfortable width; narrow windows use their full width. Only
        once there is a page: setHtml resets the margins, and the frame's format is a Python
        type (with enums) that a start on the start page, the reader hidden, never needs."""
        if not self._html:
            return
        spare = self._text_area_width() - self._column_width()
        frame = self.document().rootFrame()
        layout = frame.frameFormat()
        margin = max(spare / 2, 16)
        if abs(layout.leftMargin() - margin) > 0.5:
            layout.setLeftMargin(margin)
            layout.setRightMargin(margin)
            layout.setTopMargin(24)
            layout.setBottomMargin(32)
            frame.setFrameFormat(layout)

    def _figure_width(self) -> int:
        return math.floor(min(FIGURE_WIDTH * self._zoom, self._column_width())) - 2  # no overflow

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_measure()
        if self._figure_px is not None:  # once the resizing stops, not at every step of a drag
            if self._refit_timer is None:
                self._refit_timer = QTimer(self)
                self._refit_timer.setSingleShot(True)
                self._refit_timer.setInterval(REFIT_PAUSE_MS)
                self._refit_timer.timeout.connect(self._refit_figures)
            self._refit_timer.start()

    def _refit_figures(self) -> None:
        """Figures are images drawn for the column's width: when the column has changed (a page
        laid out while the reader was hidden or narrow), the page is laid out again, in place."""
        if self._figure_px is None or abs(self._figure_width() - self._figure_px) <= 2:
            return
        self._lay_out_again()

    def draw_figures(self) -> None:
        """The page again, its figures drawn in the room kept for them: after the first paint,
        or before printing a page that has not been painted yet."""
        self._blanks = False
        if self._figures_waiting:
            self._figures_waiting = False
            self._lay_out_again()

    def _lay_out_again(self) -> None:
        """The page in view laid out again where it was: its figures are drawn anew, and the
        text is the same, so highlighted ranges stay valid."""
        scrolled = self.verticalScrollBar().value()
        self.setHtml(self._html)
        self._apply_measure()
        self._show_spans()
        self.verticalScrollBar().setValue(scrolled)

    def changeEvent(self, event: QEvent) -> None:
        """A new appearance (light, dark) restyles the page in view at once: the style sheet
        applies when a page is laid out, so the page is laid out again, where it was."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.document().setDefaultStyleSheet(self._stylesheet())
            if self._html:
                self._lay_out_again()

    def _stylesheet(self) -> str:
        palette = self.palette()
        text = palette.text().color()
        dark = text.lightness() > 128
        return self._template.safe_substitute(
            text=text.name(),
            heading="#e6edf3" if dark else "#14365d",
            muted="#9aa4ae" if dark else "#57606a",
            link=palette.link().color().name(),
            rule="#4a525c" if dark else "#aab3bd",
            tablehead="#262c33" if dark else "#eef2f6",
            tbc="#f0b35a" if dark else "#8a4b00",
        )

    # -- links and mouse buttons --------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in INTERNAL_SCHEMES:
            self.placeRequested.emit(url.toString())
        elif url.scheme() in ("http", "https", "mailto", "tel"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())

    def mousePressEvent(self, event) -> None:
        """The mouse's back and forward buttons (the viewport's events arrive here)."""
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._blanks = False
            self.firstPainted.emit()
            # After what the first paint set off (at start-up: the other features join, and
            # the toolbar's icons are drawn with the figures in one paint).
            if self._figures_waiting:
                QTimer.singleShot(0, self.draw_figures)

    # -- highlighted words (from a search) and find in page -----------------------------------

    def highlight(self, words: list[str], lang: str) -> int:
        """Mark every word of the page that matches the search's words; returns how many."""
        from interact_desktop.core.search.highlight import Matcher

        self._spans = Matcher(words, lang).spans(self.document().toPlainText()) if words else []
        self._span_index = -1
        self._show_spans()
        return len(self._spans)

    def _show_spans(self) -> None:
        from PySide6.QtGui import QColor, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        selections = []
        for start, end in self._spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(QColor("#ffe58a"))
            selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        self.setExtraSelections(selections)

    @property
    def highlight_count(self) -> int:
        return len(self._spans)

    def find_next(self, step: int = 1) -> bool:
        """Move to the next (or, with -1, previous) highlighted word, wrapping at the ends."""
        spans = self._spans
        if not spans:
            return False
        self._span_index = (self._span_index + step) % len(spans)
        start, end = spans[self._span_index]
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def heading_positions(self) -> list[tuple[str, float]]:
        """The page's headings (## and ###) in order: each one's id ("" without one) and how
        far down the page it starts, in the scroll bar's units. Kept until the page or its
        layout changes: linked panes ask at every step of a scroll."""
        document = self.document()
        layout_ = document.documentLayout()
        size = layout_.documentSize()
        key = (id(self._html), size.width(), size.height(), document.blockCount())
        if key != self._headings_key:
            self._headings = self._find_headings()
            self._headings_key = key
        return self._headings

    def _find_headings(self) -> list[tuple[str, float]]:
        document = self.document()
        layout_ = document.documentLayout()
        positions = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() in (2, 3):
                names = block.charFormat().anchorNames()
                iterator = block.begin()
                while not names and not iterator.atEnd():
                    names = iterator.fragment().charFormat().anchorNames()
                    iterator += 1
                top = layout_.blockBoundingRect(block).top()
                positions.append((names[0] if names else "", top))
            block = block.next()
        return positions

    def heading_in_view(self) -> str:
        """The id of the heading being read: the first one in the upper half of the reader, or
        else the last one above it ("" before the first heading)."""
        scrolled = self.verticalScrollBar().value()
        if scrolled == 0:
            return ""  # the top of the page: start from the title
        half = self.viewport().height() / 2
        above = ""
        for name, position in self.heading_positions():
            if not name:
                continue
            top = position - scrolled
            if top >= -1:
                return name if top < half else above
            above = name
        return above


def _blank(size: tuple[float, float], width: int, ratio: float) -> QImage:
    """A transparent image with the room a figure of ``size`` takes at ``width`` pixels: one
    byte a pixel (alpha only), a seventh of the memory of the drawing."""
    from PySide6.QtGui import QImage

    image = _transparent(size, width, ratio, QImage.Format.Format_Alpha8)
    image.setDevicePixelRatio(ratio)
    return image


def _drawn(path: Path, width: int, ratio: float) -> QImage:
    """The SVG drawn ``width`` pixels wide (in device pixels at ``ratio``), so it stays sharp;
    the same size as its blank, so nothing moves when it replaces one."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return QImage()
    default = renderer.defaultSize()
    size = declared_size(path) or (default.width(), default.height())
    image = _transparent(size, width, ratio, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():  # laid out while hidden or squeezed to nothing: drawn on resizing
        return image
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def _transparent(
    size: tuple[float, float], width: int, ratio: float, image_format: QImage.Format
) -> QImage:
    """A cleared image in device pixels, ``width`` logical pixels wide with the aspect of
    ``size``; a null image when that is no pixel at all."""
    from PySide6.QtGui import QImage

    device_width, device_height = int(width * ratio), int(size[1] * width / size[0] * ratio)
    if device_width <= 0 or device_height <= 0:
        return QImage()
    image = QImage(device_width, device_height, image_format)
    _clear(image)
    return image


def _clear(image: QImage) -> None:
    """Transparent, through the pixel buffer: QImage.fill's overloads would build every enum of
    the Qt namespace during start-up (see interact_desktop.ui)."""
    pixels = image.bits()
    assert isinstance(pixels, memoryview)  # writable; the stubs allow bytes too
    pixels[:] = bytes(len(pixels))
