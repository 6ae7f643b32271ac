"""Presenter mode: a section, a chapter or a flowchart as slides, full screen, for a room.

``SlideView`` draws one slide at the size of the widget, scaled from the 1920 x 1080 layout the
slides PDF uses too. ``PresenterView`` is the full-screen window with the keys; with a second
screen, ``PresenterConsole`` shows the trainer the current and next slide, the notes and a clock.
``ui.presenter.feature`` starts it (F5) and brings the reader back to the place of the last slide.
"""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from interact_desktop.core.languages import NATIVE_NAMES
from interact_desktop.core.presentation import layout
from interact_desktop.core.presentation.layout import DARK, LIGHT, Colours
from interact_desktop.core.presentation.slides import Block, Deck, Slide, grouped
from interact_desktop.paths import content_dir
from interact_desktop.ui.common.fonts import FAMILY

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
NOTICE_MS = 6000
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)


def slide_colours() -> Colours:
    """High-contrast slide colours, light or dark as the app is (its palette, not the slide's
    own, which holds the slide's background)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


class SlideView(QWidget):
    """One slide, laid out for the widget's size: a 16:9 area centred in it, all sizes scaled."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAutoFillBackground(True)
        self.deck: Deck | None = None
        self.index = 0
        self._colours: Colours | None = None
        self.context = self._label("slideContext")
        self.title = self._label("slideTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rule = QFrame(self)
        self.rule.setObjectName("slideRule")
        self.body = QTextBrowser(self)
        self.body.setObjectName("slideBody")
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.viewport().setAutoFillBackground(False)
        self.body.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.footer = self._label("slideFooter")
        self.counter = self._label("slideCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.blank = self._label("slideBlank")  # "end of the presentation" in a preview
        self.blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Which language the room is reading: L switches it, so the slide says it.
        self.language_tag = self._label("slideLanguage")
        self.language_tag.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    # -- what to show -------------------------------------------------------------------------

    @property
    def slide(self) -> Slide | None:
        if self.deck is None or not 0 <= self.index < len(self.deck.slides):
            return None
        return self.deck.slides[self.index]

    def show_slide(self, deck: Deck | None, index: int, blank_text: str = "") -> None:
        """Show slide ``index`` of ``deck``; past the end, ``blank_text`` alone."""
        self.deck = deck
        self.index = index
        self.blank.setText(blank_text)
        self._render()

    @property
    def scale(self) -> float:
        return min(self.width() / layout.WIDTH, self.height() / layout.HEIGHT)

    def px(self, design: float) -> int:
        return max(1, round(design * self.scale))

    def _font(self, design_px: float, bold: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPixelSize(self.px(design_px))
        font.setBold(bold)
        return font

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._render()

    def follow_appearance(self) -> None:
        """Redraw in light or dark when the app changed between them."""
        if slide_colours() != self._colours:
            self._render()

    def _apply_colours(self, colours: Colours) -> None:
        if colours == self._colours:
            return
        self._colours = colours
        # The style sheet first: setting one re-polishes the widget and its palette.
        self.setStyleSheet(
            f"QLabel#slideContext, QLabel#slideFooter, QLabel#slideCounter, QLabel#slideBlank "
            f"{{ color: {colours.muted}; }} QLabel#slideTitle {{ color: {colours.heading}; }}"
            f" QLabel#slideLanguage {{ color: {colours.accent}; border: 1px solid"
            f" {colours.accent}; border-radius: 4px; }}"
            f" QFrame#slideRule {{ background: {colours.accent}; border: none; }}"
            f" QTextBrowser {{ background: transparent; color: {colours.text}; }}"
        )
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours.background))
        self.setPalette(palette)

    def _render(self) -> None:
        colours = slide_colours()
        self._apply_colours(colours)
        slide = self.slide
        for widget in (self.context, self.title, self.rule, self.body, self.footer, self.counter,
                       self.language_tag):  # fmt: skip
            widget.setVisible(slide is not None)
        self.blank.setVisible(slide is None)
        scale = self.scale
        left = (self.width() - layout.WIDTH * scale) / 2
        top = (self.height() - layout.HEIGHT * scale) / 2
        self.blank.setGeometry(self.rect())
        self.blank.setFont(self._font(layout.HEADING_PX))
        if slide is None or self.deck is None:
            return

        def rect(x: float, y: float, width: float, height: float) -> QRect:
            return QRect(round(left + x * scale), round(top + y * scale),
                         round(width * scale), round(height * scale))  # fmt: skip

        text_width = layout.WIDTH - 2 * layout.MARGIN_X
        is_title = slide.kind in ("title", "flow-title") and not slide.part
        body_top = layout.TITLE_BODY_TOP if is_title else layout.BODY_TOP
        self.context.setFont(self._font(layout.CONTEXT_PX))
        self.context.setText(slide.context)
        context_height = layout.CONTEXT_PX * layout.LEADING
        tag_font = self._font(layout.FOOTER_PX, bold=True)
        self.language_tag.setFont(tag_font)
        self.language_tag.setText(NATIVE_NAMES.get(self.deck.lang, self.deck.lang))
        tag_width = QFontMetrics(tag_font).horizontalAdvance(self.language_tag.text()) / scale
        tag_width += 2 * layout.FOOTER_PX
        self.language_tag.setGeometry(
            rect(
                layout.WIDTH - layout.MARGIN_X - tag_width,
                layout.MARGIN_TOP - 4,
                tag_width,
                context_height + 8,
            )
        )
        self.context.setGeometry(rect(layout.MARGIN_X, layout.MARGIN_TOP,
                                      text_width - tag_width - 24, context_height))  # fmt: skip
        title_top = layout.MARGIN_TOP + context_height + 12
        title_room = rect(layout.MARGIN_X, title_top, text_width, body_top - 40 - title_top)
        self.title.setFont(self._fitting_font(slide.title, is_title, title_room))
        self.title.setText(slide.title)
        self.title.setGeometry(title_room)
        self.rule.setGeometry(rect(layout.MARGIN_X, body_top - 22, 160, 4))
        self.body.setGeometry(rect(layout.MARGIN_X, body_top, text_width,
                                   layout.BODY_BOTTOM - body_top))  # fmt: skip
        self._fill_body(slide, colours, round(text_width * scale))
        footer_height = layout.FOOTER_PX * 2
        footer_top = layout.HEIGHT - layout.FOOTER_BOTTOM - layout.FOOTER_PX * 1.3
        for label in (self.footer, self.counter):
            label.setFont(self._font(layout.FOOTER_PX))
            label.setGeometry(rect(layout.MARGIN_X, footer_top, text_width, footer_height))
        self.footer.setText(self.deck.title)
        self.counter.setText(f"{self.index + 1} / {len(self.deck.slides)}")

    def _fitting_font(self, text: str, is_title: bool, room: QRect) -> QFont:
        """The title's font, smaller until the title fits its room."""
        design: float = layout.TITLE_PX if is_title else layout.HEADING_PX
        font = self._font(design, bold=True)
        while design > 20:
            font = self._font(design, bold=True)
            flags = Qt.TextFlag.TextWordWrap
            needed = QFontMetrics(font).boundingRect(room.adjusted(0, 0, 0, 10_000), flags, text)
            if needed.height() <= room.height():
                break
            design *= 0.92
        return font

    # -- the body as rich text ----------------------------------------------------------------

    def _fill_body(self, slide: Slide, colours: Colours, width: int) -> None:
        document = self.body.document()
        document.setDocumentMargin(0)
        document.setDefaultFont(self._font(layout.BODY_PX))
        document.setDefaultStyleSheet(f"body {{ color: {colours.text}; }}")
        parts: list[str] = []
        for group in grouped(slide.blocks, ("row", "item")):
            if group[0].kind == "row":
                parts.append(self._table(group, colours))
            elif group[0].kind == "item":
                parts.append(self._items(group))
            else:
                parts.append(self._block(group[0], colours, width))
        if slide.steps:
            parts.append(self._steps(slide, colours))
        self.body.setHtml("".join(parts))

    def _gap(self, lines: float) -> int:
        return self.px(layout.BODY_PX * lines)

    def _block(self, block: Block, colours: Colours, width: int) -> str:
        gap = self._gap(0.4)
        if block.kind == "figure":
            return self._figure(block, width)
        if block.kind == "card":
            bar = self.px(6)
            return (
                f'<table cellspacing="0" cellpadding="0" style="margin-bottom: {gap}px">'
                f'<tr><td width="{bar}" bgcolor="{colours.accent}"></td>'
                f'<td style="padding-left: {self.px(20)}px">{block.markup}</td></tr></table>'
            )
        if block.kind == "quote":
            indent = self.px(40)
            return (
                f'<p style="margin-left: {indent}px; margin-bottom: {gap}px">'
                f"<i>{block.markup}</i></p>"
            )
        return f'<p style="margin-top: 0; margin-bottom: {gap}px">{block.markup}</p>'

    def _items(self, items: list[Block]) -> str:
        gap = self._gap(0.2)
        rows = "".join(
            f'<tr><td width="{self.px(64 * (item.depth + 1))}" align="right" valign="top" nowrap '
            f'style="padding-right: {self.px(16)}px; padding-bottom: {gap}px">{item.marker}</td>'
            f'<td valign="top" style="padding-bottom: {gap}px">{item.markup}</td></tr>'
            for item in items
        )
        return (f'<table cellspacing="0" cellpadding="0" style="margin-bottom: {self._gap(0.3)}px">'
                f"{rows}</table>")  # fmt: skip

    def _table(self, rows: list[Block], colours: Colours) -> str:
        size = self.px(layout.DETAIL_PX)
        pad = self.px(8)
        head = rows[0].header
        html = [f'<table border="1" cellspacing="0" cellpadding="{pad}" width="100%" '
                f'style="border-color: {colours.rule}; font-size: {size}px; '
                f'margin-bottom: {self._gap(0.4)}px">']  # fmt: skip
        if head:
            cells = "".join(f"<th align='left'>{cell}</th>" for cell in head)
            html.append(f"<tr>{cells}</tr>")
        for row in rows:
            html.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row.cells) + "</tr>")
        html.append("</table>")
        return "".join(html)

    def _steps(self, slide: Slide, colours: Colours) -> str:
        assert self.deck is not None
        words = self.deck.words
        detail = self.px(layout.DETAIL_PX)
        rows = []
        for step in slide.steps:
            lines = "".join(
                f'<br/><span style="font-size: {detail}px; color: {colours.muted}; '
                f'font-weight: normal">{escape(line)}</span>'
                for line in words.step_details(step)
            )
            rows.append(
                f'<tr><td width="{self.px(64)}" valign="top" style="color: {colours.accent}; '
                f'padding-bottom: {self._gap(0.35)}px"><b>{step.number}.</b></td>'
                f'<td valign="top" style="padding-bottom: {self._gap(0.35)}px">'
                f"<b>{escape(step.label)}</b>{lines}</td></tr>"
            )
        return f'<table cellspacing="0" cellpadding="0">{"".join(rows)}</table>'

    def _figure(self, block: Block, width: int) -> str:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(content_dir() / "figures" / f"{block.figure}.svg"))
        if not block.figure or not renderer.isValid():
            return f"<p>{block.markup}</p>"
        size = renderer.defaultSize()
        scale = min(width / max(size.width(), 1), self.px(layout.FIGURE_HEIGHT) / size.height())
        target = QSize(round(size.width() * scale), round(size.height() * scale))
        ratio = self.devicePixelRatioF()
        image = QImage(target * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.setDevicePixelRatio(ratio)
        name = f"figure:{block.figure}"
        self.body.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                                         image)  # fmt: skip
        return (f'<p align="center"><img src="{name}" width="{target.width()}" '
                f'height="{target.height()}"/></p>')  # fmt: skip


class PresenterView(QWidget):
    """The slides full screen: keys move through them, Esc leaves.

    ``closed`` carries the index of the slide on screen when the presentation ended;
    ``languageRequested`` asks for the other language (the L key: the reading language or the
    side-by-side one) without losing the slide.
    """

    indexChanged = Signal(int)
    closed = Signal(int)
    languageRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slide_view = SlideView("presenterSlide", self)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.addWidget(self.slide_view)
        # A message for the trainer over the slide (the window's status bar is hidden behind).
        self.notice = QLabel(self)
        self.notice.setObjectName("presenterNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setStyleSheet(
            "QLabel#presenterNotice { background: #202830; color: #ffffff; padding: 12px; "
            "border-radius: 6px; }"
        )
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.deck: Deck | None = None
        self.index = 0
        self.retranslate()

    def show_notice(self, text: str) -> None:
        """A few seconds of text at the foot of the slide, for the one at the keyboard."""
        font = QFont(FAMILY)
        font.setPixelSize(max(14, self.height() // 40))
        self.notice.setFont(font)
        self.notice.setText(text)
        width = min(self.width() - 40, max(self.width() * 2 // 3, 300))
        height = self.notice.heightForWidth(width)
        self.notice.setGeometry((self.width() - width) // 2, self.height() - height - 24, width,
                                height)  # fmt: skip
        self.notice.show()
        self.notice.raise_()
        self._notice_timer.start()

    @property
    def count(self) -> int:
        return len(self.deck.slides) if self.deck is not None else 0

    def set_deck(self, deck: Deck, index: int = 0) -> None:
        self.deck = deck
        self.go(index, force=True)

    def go(self, index: int, force: bool = False) -> None:
        index = min(max(index, 0), max(self.count - 1, 0))
        if index == self.index and not force:
            return
        self.index = index
        self.slide_view.show_slide(self.deck, index)
        self._update_accessible_name()
        self.indexChanged.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self.count - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_L:
            self.languageRequested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click moves on, a right click goes back, as in other presentation programs."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.go(self.index + 1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.go(self.index - 1)
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit(self.index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in PALETTE_EVENTS:
            self.slide_view.follow_appearance()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation"))
        self._update_accessible_name()

    def _update_accessible_name(self) -> None:
        self.setAccessibleName(self.tr("Presentation"))
        self.slide_view.body.setAccessibleName(self.tr("Slide text"))
        self.setAccessibleDescription(
            self.tr(
                "Slide %1 of %2. Arrow keys move, Esc leaves, L switches between the reading "
                "language and the second language."
            )
            .replace("%1", str(self.index + 1))
            .replace("%2", str(self.count))
        )


class PresenterConsole(QWidget):
    """For the trainer's own screen: this slide, the next one, the notes and a clock."""

    def __init__(self, presenter: PresenterView) -> None:
        super().__init__(presenter, Qt.WindowType.Window)
        self.setObjectName("presenterConsole")
        self.presenter = presenter
        self.started = time.monotonic()
        self.current = SlideView("consoleCurrentSlide", self)
        self.next = SlideView("consoleNextSlide", self)
        self.next_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("consoleNotes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clock = QLabel(self)
        self.clock.setObjectName("consoleClock")
        self.counter = QLabel(self)
        self.counter.setObjectName("consoleCounter")
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        presenter.indexChanged.connect(self.update_slides)
        presenter.closed.connect(lambda _index: self.close())
        self.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        margin = max(12, width // 80)
        big = QFont(FAMILY)
        big.setPixelSize(max(14, height // 18))
        small = QFont(FAMILY)
        small.setPixelSize(max(12, height // 45))
        notes = QFont(FAMILY)
        notes.setPixelSize(max(14, height // 36))
        left_width = int(width * 0.6) - 2 * margin
        current_height = left_width * 9 // 16
        self.current.setGeometry(margin, margin, left_width, current_height)
        right = margin * 2 + left_width
        right_width = width - right - margin
        self.next_label.setFont(small)
        self.next_label.setGeometry(right, margin, right_width, small.pixelSize() * 2)
        next_top = margin + small.pixelSize() * 2
        self.next.setGeometry(right, next_top, right_width, right_width * 9 // 16)
        self.clock.setFont(big)
        clock_top = margin * 2 + current_height
        self.clock.setGeometry(margin, clock_top, left_width * 2 // 3, big.pixelSize() * 2)
        self.counter.setFont(big)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setGeometry(margin + left_width * 2 // 3, clock_top, left_width // 3,
                                 big.pixelSize() * 2)  # fmt: skip
        self.help.setFont(small)
        help_top = clock_top + big.pixelSize() * 2 + margin
        self.help.setGeometry(margin, help_top, left_width, height - help_top - margin)
        notes_top = next_top + right_width * 9 // 16 + margin
        self.notes_label.setFont(small)
        self.notes_label.setGeometry(right, notes_top, right_width, small.pixelSize() * 2)
        notes_top += small.pixelSize() * 2
        self.notes.document().setDefaultFont(notes)
        self.notes.setGeometry(right, notes_top, right_width, height - notes_top - margin)

    def update_slides(self, index: int) -> None:
        deck = self.presenter.deck
        self.current.show_slide(deck, index)
        self.next.show_slide(deck, index + 1, self.tr("End of the presentation"))
        slide = self.current.slide
        notes = slide.notes if slide is not None else ()
        self.notes.setHtml("".join(f"<p>{escape(note)}</p>" for note in notes))
        self.counter.setText(f"{index + 1} / {self.presenter.count}")

    def _tick(self) -> None:
        elapsed = int(time.monotonic() - self.started)
        hours, rest = divmod(elapsed, 3600)
        now = time.strftime("%H:%M")
        self.clock.setText(f"{hours}:{rest // 60:02d}:{rest % 60:02d}   ·   {now}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.presenter.keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)
        if self.presenter.isVisible():
            self.presenter.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in PALETTE_EVENTS:
            self.current.follow_appearance()
            self.next.follow_appearance()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter console"))
        self.setAccessibleName(self.tr("Presenter console"))
        self.next_label.setText(self.tr("Next slide"))
        self.notes_label.setText(self.tr("Notes"))
        self.help.setText(
            self.tr(
                "Right, Space, Page Down: next · Left, Backspace, Page Up: back · "
                "Home, End: first, last · L: reading or second language · Esc: end"
            )
        )
        self._tick()
        self.update_slides(self.presenter.index)


def console_screen(presenting: QScreen | None, screens: list[QScreen]) -> QScreen | None:
    """The screen for the presenter console: another one than the room's, if there is one."""
    if len(screens) < 2:
        return None
    return next((s for s in screens if s is not presenting), screens[1])
