"""The case list's parts beyond the reference: each case's status drawn at the right of its row,
a mark on cases past their retention date, and the filter by status.

The row's text stays the reference alone, so the text filter and screen readers see what they did;
the status is drawn by a delegate and spoken through the accessible text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QStandardItem
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


def case_item(case_id: int, reference: str, status: str, overdue: bool) -> QStandardItem:
    item = QStandardItem(reference)
    item.setData(case_id, ID_ROLE)
    set_case_state(item, status, overdue)
    return item


def set_case_state(item: QStandardItem, status: str, overdue: bool) -> None:
    """Status and retention mark of a row, with what a screen reader says of them."""
    name = status_names().get(status, status)
    item.setData(status, STATUS_ROLE)
    item.setData(overdue, OVERDUE_ROLE)
    spoken = f"{item.text()}, {name}"
    if overdue:
        mark = QCoreApplication.translate("CaseStatus", "past its retention date")
        item.setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        item.setToolTip(mark)
        spoken += f", {mark}"
    else:
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
