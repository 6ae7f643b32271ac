"""The two panes of side by side scroll together, anchored by heading.

The languages have the same sections and headings, but not the same lengths, so a scroll bar's
value or fraction would drift: three screens into a long section the Greek pane shows another
heading than the Italian. Instead the pane being scrolled says where its top is as "heading n,
this far towards heading n+1"; the other pane goes to the same heading and the same fraction of
its own text up to the next. Headings are matched by their order (their ids are slugs of the
titles, different in each language); when the two pages do not have the same number of
headings, the panes follow each other by fraction of the whole page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from interact_desktop.ui.reader.reader_view import ReaderView


class LinkedScroll(QObject):
    """Keeps ``follower`` at the heading ``leader`` shows, and the other way round."""

    def __init__(self, leader: ReaderView, follower: ReaderView) -> None:
        super().__init__(leader)
        self.views = (leader, follower)
        self.linked = True
        self._moving = False  # set while one pane moves the other: no echo back
        for view in self.views:
            view.verticalScrollBar().valueChanged.connect(
                lambda _value, source=view: self._scrolled(source)
            )

    def set_linked(self, linked: bool) -> None:
        self.linked = linked
        if linked:
            self.follow(self.views[0])

    def follow(self, source: ReaderView) -> None:
        """Bring the other pane to where ``source`` is."""
        target = self.views[1] if source is self.views[0] else self.views[0]
        if not target.isVisible() or self._moving:
            return
        self._moving = True
        try:
            target.verticalScrollBar().setValue(self.position_in(source, target))
        finally:
            self._moving = False

    def _scrolled(self, source: ReaderView) -> None:
        if self.linked and not self._moving:
            self.follow(source)

    @staticmethod
    def position_in(source: ReaderView, target: ReaderView) -> int:
        """The scroll value in ``target`` that shows what ``source`` shows at its top."""
        value = source.verticalScrollBar().value()
        marks = _marks(source)
        other = _marks(target)
        if len(marks) != len(other):  # not the same structure: the same fraction of the page
            return round(_fraction(value, 0, _end(source)) * _end(target))
        bounds = [0.0, *marks, float(_end(source))]
        target_bounds = [0.0, *other, float(_end(target))]
        part = 0
        while part + 1 < len(bounds) - 1 and bounds[part + 1] <= value:
            part += 1
        share = _fraction(value, bounds[part], bounds[part + 1])
        start, end = target_bounds[part], target_bounds[part + 1]
        return round(start + share * max(end - start, 0.0))


def _marks(view: ReaderView) -> list[float]:
    """Where each heading of the page sits, as the scroll value that puts it at the top (a
    heading near the end, which cannot reach the top, counts as the end)."""
    end = _end(view)
    return [min(top, end) for _name, top in view.heading_positions()]


def _end(view: ReaderView) -> int:
    return view.verticalScrollBar().maximum()


def _fraction(value: float, start: float, end: float) -> float:
    return 0.0 if end <= start else min(max((value - start) / (end - start), 0.0), 1.0)
