"""The case list's parts beyond the reference: each case's status drawn at the right of its row,
a mark on cases past their retention date, and the filter by status.

The row's text stays the reference alone, so the text filter and screen readers see what they did;
the status is drawn by a delegate and spoken through the accessible text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from interact_desktop.ui import USER_ROLE
from interact_desktop.ui.common.i18n import Retranslating

ID_ROLE = USER_ROLE  # as in the notebook view
STATUS_ROLE = USER_ROLE + 3
OVERDUE_ROLE = USER_ROLE + 4
ALL = ""
OVERDUE = "overdue"  # the filter entry for cases past their retention date


def status_names() -> dict[str, str]:
    """The statuses of core's list in the app's language."""
    return {
        "open": QCoreApplication.translate("CaseStatus", "Open"),
        "missing": QCoreApplication.translate("CaseStatus", "Missing"),
        "found": QCoreApplication.translate("CaseStatus", "Found"),
        "closed": QCoreApplication.translate("CaseStatus", "Closed"),
    }


def is_overdue(retention: str, today: dt.date | None = None) -> bool:
    """The retention date has come (as core's ``overdue_retention`` counts it)."""
    return bool(retention) and retention <= (today or dt.date.today()).isoformat()


def fill_case_model(
    model: QStandardItemModel, cases: Iterable[tuple[int, str, str]], overdue: Container[int]
) -> None:
    """Put every case (id, reference, status) in the empty ``model`` at once: one insertion for
    the view and its filter, and the words and the icon looked up once, not once a row (ten
    thousand cases fill the list in a blink)."""
    words = _RowWords()
    items = []
    for case_id, reference, status in cases:
        item = QStandardItem(reference)
        item.setData(case_id, ID_ROLE)
        _set_state(item, status, case_id in overdue, words, fresh=True, reference=reference)
        items.append(item)
    if items:
        model.invisibleRootItem().appendRows(items)


def set_case_state(item: QStandardItem, status: str, overdue: bool) -> None:
    """Status and retention mark of a row, with what a screen reader says of them."""
    _set_state(item, status, overdue, _RowWords())


class _RowWords:
    """The status names, the retention mark and its icon, in the app's language."""

    def __init__(self) -> None:
        self.names = status_names()
        self.mark = QCoreApplication.translate("CaseStatus", "past its retention date")
        self._icon: QIcon | None = None

    @property
    def icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon


def _set_state(
    item: QStandardItem,
    status: str,
    overdue: bool,
    words: _RowWords,
    fresh: bool = False,
    reference: str | None = None,
) -> None:
    """``fresh``: a new item, with no icon or tooltip to take away; ``reference``: its text,
    when the caller has it at hand."""
    name = words.names.get(status, status)
    item.setData(status, STATUS_ROLE)
    item.setData(overdue, OVERDUE_ROLE)
    spoken = f"{reference if reference is not None else item.text()}, {name}"
    if overdue:
        item.setIcon(words.icon)
        item.setToolTip(words.mark)
        spoken += f", {words.mark}"
    elif not fresh:
        item.setData(None, Qt.ItemDataRole.DecorationRole)
        item.setToolTip("")
    item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)


class CaseFilterProxy(QSortFilterProxyModel):
    """The text filter on the reference, and a status (or "past retention") filter.

    Rows are filtered when a filter changes, not when a case is edited, so a case whose status
    changes while it is open stays in the list until the filter is set again.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._status = ALL

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not super().filterAcceptsRow(row, parent):
            return False
        if self._status == ALL:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self._status == OVERDUE:
            return bool(index.data(OVERDUE_ROLE))
        return index.data(STATUS_ROLE) == self._status


class CaseItemDelegate(QStyledItemDelegate):
    """Draws the reference (elided if need be) and, at the right, the status in muted text."""

    PADDING = 8

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as usual but asking for no width: long references are elided to the list's
        width instead of widening it past its right edge, where the status is drawn."""
        return QSize(0, super().sizeHint(option, index).height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = status_names().get(index.data(STATUS_ROLE) or "", "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        room = metrics.horizontalAdvance(status) + 2 * self.PADDING if status else 0
        icon = opt.decorationSize.width() + self.PADDING if not opt.icon.isNull() else 0
        opt.text = metrics.elidedText(
            opt.text, Qt.TextElideMode.ElideRight, max(0, opt.rect.width() - room - icon - 8)
        )
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not status:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        roles = QPalette.ColorRole
        colour = opt.palette.color(roles.HighlightedText if selected else roles.PlaceholderText)
        painter.save()
        painter.setPen(colour)
        box = opt.rect.adjusted(0, 0, -self.PADDING, 0)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)
        painter.restore()


class StatusFilter(Retranslating, QComboBox):
    """All cases, one status, or the cases past their retention date."""

    def __init__(self, statuses: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseStatusFilter")
        self._statuses = statuses
        for code in (ALL, *statuses, OVERDUE):
            self.addItem("", code)
        self.retranslate()

    def retranslate(self) -> None:
        names = status_names()
        self.setItemText(0, self.tr("All statuses"))
        for row, code in enumerate(self._statuses, start=1):
            self.setItemText(row, names.get(code, code))
        self.setItemText(self.count() - 1, self.tr("Past the retention date"))
        self.setAccessibleName(self.tr("Show cases by status"))
        self.setToolTip(self.tr("Show cases by status"))

    def choose(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
