"""The sidebar's tabs: the tab in front shows its icon and name, the others their icon only (the
name in a tooltip, and to screen readers as ever). Four names in Greek or French do not fit a
sidebar of a third of a laptop's width; cut to a letter and an ellipsis they said nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QWidget


class SidebarTabBar(QTabBar):
    """Qt lays the tabs out again when the new current tab's size hint differs from its size,
    so switching tabs moves the name to the tab in front without more ado."""

    def shows_name(self, index: int) -> bool:
        return index == self.currentIndex()

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        if self.shows_name(index):
            return hint
        return QSize(self.iconSize().width() + 2 * self.fontMetrics().height(), hint.height())

    def minimumTabSizeHint(self, index: int) -> QSize:
        if self.shows_name(index):
            return super().minimumTabSizeHint(index)
        return self.tabSizeHint(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.count() < 2:  # the first paint has the contents alone, shown whole
            super().paintEvent(event)
            return
        # Imported here: the QStyle class costs 20 ms to build, and the first paint has no need.
        from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter

        painter = QStylePainter(self)
        current = self.currentIndex()
        for index in [i for i in range(self.count()) if i != current] + [current]:
            if index < 0:
                continue
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            if not self.shows_name(index):
                option.text = ""
            painter.drawControl(QStyle.ControlElement.CE_TabBarTab, option)


class SidebarTabs(QTabWidget):
    """A tab widget with the sidebar's tab bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(SidebarTabBar(self))

    def add_named_tab(self, widget: QWidget, title: str, icon: QIcon | None = None) -> None:
        """A tab whose name is also its tooltip: only the tab in front shows its name."""
        if icon is None:
            self.addTab(widget, title)
        else:
            self.addTab(widget, icon, title)
        self.setTabToolTip(self.indexOf(widget), title)

    def rename_tab(self, widget: QWidget, title: str) -> None:
        index = self.indexOf(widget)
        self.setTabText(index, title)
        self.setTabToolTip(index, title)

    def fold(self, visible: bool, give_focus_to: Callable[[], None]) -> None:
        """Fold the sidebar away or bring it back; the focus leaves a sidebar being folded
        for ``give_focus_to``, never for nowhere."""
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self.setVisible(visible)
        if had_focus and not visible:
            give_focus_to()
