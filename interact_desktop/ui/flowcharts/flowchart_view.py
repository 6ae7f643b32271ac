"""The flowchart as a diagram: boxes and arrows laid out by core.flowcharts.layout, drawn with Qt.

Nodes are keyboard stops (Tab, Shift+Tab); Enter or a click opens the node's section. Ctrl+wheel
and Ctrl+Plus/Minus zoom, Ctrl+0 fits the diagram to the view; dragging or the scroll bars pan.
Colours follow the application's light or dark palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.core.flowcharts.layout import STYLE, FlowLayout, NodeBox, flowchart_layout
from interact_desktop.ui.common.fonts import FAMILY

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 3.0, 1.2

# Fill and outline per kind, for a light and a dark page.
COLOURS = {
    False: {
        "start": ("#e2f2e6", "#2f7d4a"),
        "end": ("#e2f2e6", "#2f7d4a"),
        "action": ("#e9f1fb", "#1d5fa8"),
        "decision": ("#fdf0d9", "#a45f00"),
        "deadline": "#b42318",
        "current": "#d4a100",
        "done": "#2f7d4a",
    },
    True: {
        "start": ("#1d3526", "#5cb87a"),
        "end": ("#1d3526", "#5cb87a"),
        "action": ("#1b2a3d", "#6ea8e8"),
        "decision": ("#3a2c12", "#e0a040"),
        "deadline": "#ff8a80",
        "current": "#ffd54f",
        "done": "#5cb87a",
    },
}


def _font(size: float) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(round(size))
    return font


def _shape(box: NodeBox) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(0, 0, box.width, box.height)
    if box.kind == "decision":
        point = min(STYLE.decision_point, box.height / 2)
        middle = box.height / 2
        path.addPolygon(
            QPolygonF(
                [QPointF(0, middle), QPointF(point, 0), QPointF(box.width - point, 0),
                 QPointF(box.width, middle), QPointF(box.width - point, box.height),
                 QPointF(point, box.height), QPointF(0, middle)]
            )
        )  # fmt: skip
    elif box.kind in ("start", "end"):
        radius = min(STYLE.round_radius, box.height / 2)
        path.addRoundedRect(rect, radius, radius)
    else:
        path.addRect(rect)
    return path


class NodeItem(QGraphicsItem):
    """One box: its shape, its lines of text, and a ring when focused or current."""

    def __init__(self, box: NodeBox, section: str | None, view: FlowchartView) -> None:
        super().__init__()
        self.box = box
        self.section = section
        self._view = view
        self._path = _shape(box)
        self.state = ""  # "", "current" or "done" in a guided response
        self.setPos(box.x, box.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        if section:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return QRectF(-6, -6, self.box.width + 12, self.box.height + 12)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        colours = COLOURS[self._view.dark]
        fill, outline = colours[self.box.kind]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor(fill)))
        width = 1.5 if self.box.kind == "action" else 2.0
        painter.setPen(QPen(QColor(outline), width))
        painter.drawPath(self._path)
        if self.state or self.hasFocus():
            colour = colours[self.state or "current"] if self.state else self._view.focus_colour()
            ring = QPen(QColor(colour), 4 if self.state == "current" else 3)
            if self.hasFocus() and not self.state:
                ring.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path.translated(0, 0))
        text = self._view.text_colour()
        for line in self.box.lines:
            painter.setFont(_font(line.size))
            colour = colours["deadline"] if line.role == "deadline" else text
            if line.role == "who":
                colour = self._view.muted_colour()
            painter.setPen(QColor(colour))
            rect = QRectF(0, line.top - self.box.y, self.box.width, line.height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, line.text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._path.contains(event.pos()):
            self._view.activate(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._view.activate(self)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self._view.ensureVisible(self, 24, 24)
        self.update()

    def focusOutEvent(self, event) -> None:
        self.update()


class FlowchartView(QGraphicsView):
    """Shows one flowchart in one language; ``sectionRequested`` carries a node's section id."""

    sectionRequested = Signal(str)
    zoomChanged = Signal(float)

    def __init__(
        self,
        duration: Callable[[int], str],
        parent: QWidget | None = None,
        deadline: Callable[[int], str] | None = None,
    ) -> None:
        """``duration`` says a deadline in the UI's words ("Within %1" around it); a diagram in
        another language (side by side) passes ``deadline``, the whole text in its own."""
        super().__init__(parent)
        self.setObjectName("flowchartView")
        self._duration = duration
        self._deadline = deadline
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.flowchart: Flowchart | None = None
        self.lang = ""
        self.layout_result: FlowLayout | None = None
        self.nodes: dict[str, NodeItem] = {}
        self._order: list[NodeItem] = []
        self._zoom = 1.0
        self._states: dict[str, str] = {}
        self.retranslate()

    # -- content ------------------------------------------------------------------------------

    def show_flowchart(self, flowchart: Flowchart, lang: str) -> None:
        """Lay out and draw ``flowchart`` in ``lang`` (again after a change of language)."""
        same = self.flowchart is not None and self.flowchart.id == flowchart.id
        self.flowchart, self.lang = flowchart, lang
        self._build()
        if not same:
            self._states = {}
            self.fit_width()

    def _build(self) -> None:
        if self.flowchart is None:
            return
        focused = self.scene().focusItem()
        focused_id = focused.box.id if isinstance(focused, NodeItem) else None
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        metrics: dict[float, QFontMetricsF] = {}

        def measure(text: str, size: float) -> float:
            if size not in metrics:
                metrics[size] = QFontMetricsF(_font(size))
            return metrics[size].horizontalAdvance(text)

        within = self.tr("Within %1")
        result = flowchart_layout(
            self.flowchart,
            self.lang,
            measure,
            self._deadline or (lambda minutes: within.replace("%1", self._duration(minutes))),
        )
        self.layout_result = result
        line_colour = QColor(self.muted_colour())
        pen = QPen(line_colour, 1.4)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        for edge in result.edges:
            path = QPainterPath(QPointF(*edge.points[0]))
            for point in edge.points[1:]:
                path.lineTo(QPointF(*point))
            scene.addPath(path, pen)
            scene.addPolygon(_arrow(edge.points[-2], edge.points[-1]), QPen(Qt.PenStyle.NoPen),
                             QBrush(line_colour))  # fmt: skip
            for line in edge.label:
                text = scene.addSimpleText(line.text, _font(line.size))
                text.setBrush(QBrush(QColor(self.text_colour())))
                text.setPos(line.x, line.top + (line.height - text.boundingRect().height()) / 2)
        for box in result.nodes:
            node = NodeItem(box, self.flowchart.node(box.id).section, self)
            node.state = self._states.get(box.id, "")
            scene.addItem(node)
            self.nodes[box.id] = node
        self._order = sorted(self.nodes.values(), key=lambda n: (round(n.box.y), n.box.x))
        scene.setSceneRect(QRectF(0, 0, result.width, result.height))
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        if focused_id in self.nodes:
            self.nodes[focused_id].setFocus()

    # -- guided response ----------------------------------------------------------------------

    def states(self) -> dict[str, str]:
        return dict(self._states)

    def set_states(self, states: dict[str, str]) -> None:
        """Mark nodes "current" or "done"; the current one is scrolled into view."""
        self._states = dict(states)
        for node_id, item in self.nodes.items():
            item.state = self._states.get(node_id, "")
            item.update()
            if item.state == "current":
                self.centerOn(item)  # the whole box when it fits, else its middle
                self.ensureVisible(item, 40, 40)

    # -- colours ------------------------------------------------------------------------------

    @property
    def dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def text_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.Text).name()

    def muted_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def focus_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.Highlight).name()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._build()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Flowchart diagram"))
        self.setAccessibleDescription(
            self.tr("Tab moves between the steps; Enter opens the guidance of a step.")
        )

    # -- activation and keyboard --------------------------------------------------------------

    def activate(self, item: NodeItem) -> None:
        if item.section:
            self.sectionRequested.emit(item.section)

    def focused_node(self) -> str | None:
        item = self.scene().focusItem()
        return item.box.id if isinstance(item, NodeItem) else None

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the steps in reading order, then leaves the diagram."""
        order = self._order
        current = self.scene().focusItem()
        if not self.hasFocus() or not order:
            return super().focusNextPrevChild(forward)
        if current in order:
            index = order.index(current) + (1 if forward else -1)
        else:
            index = 0 if forward else len(order) - 1
        if 0 <= index < len(order):
            order[index].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        self.scene().clearFocus()
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        tabbed = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if tabbed and self._order and self.scene().focusItem() is None:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._order[-1 if backwards else 0].setFocus(event.reason())

    def event(self, event: QEvent) -> bool:
        # The window's Ctrl+Plus/Minus/0 change the text size; here they zoom the diagram.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._zoom_key(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._zoom_key(event)
        if action is not None:
            action()
        else:
            super().keyPressEvent(event)

    def _zoom_key(self, event: QKeyEvent) -> Callable[[], None] | None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return None
        return {
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_0: self.fit,
        }.get(Qt.Key(event.key()))

    # -- zoom ---------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, ZOOM_MIN), ZOOM_MAX)
        self.scale(factor / self._zoom, factor / self._zoom)
        self._zoom = factor
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit(self) -> None:
        """The whole diagram in the view."""
        rect = self.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        # A little room to spare, so that no scroll bar is left to shift the picture.
        width, height = viewport.width() - 12, viewport.height() - 12
        self.set_zoom(min(width / rect.width(), height / rect.height()))
        self.centerOn(rect.center())

    def fit_width(self) -> None:
        """Readable first: full size unless the diagram is wider than the view."""
        rect = self.sceneRect()
        width = self.viewport().width() - 4
        self.set_zoom(min(1.0, width / rect.width()) if rect.width() and width > 50 else 1.0)
        self.centerOn(rect.center().x(), 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)


def _arrow(start: tuple[float, float], end: tuple[float, float], size: float = 9.0) -> QPolygonF:
    (x0, y0), (x1, y1) = start, end
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
    dx, dy = (x1 - x0) / length, (y1 - y0) / length
    return QPolygonF(
        [QPointF(x1, y1),
         QPointF(x1 - dx * size - dy * size * 0.45, y1 - dy * size + dx * size * 0.45),
         QPointF(x1 - dx * size + dy * size * 0.45, y1 - dy * size - dx * size * 0.45)]
    )  # fmt: skip
