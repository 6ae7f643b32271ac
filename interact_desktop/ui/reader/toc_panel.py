"""The contents tree (tocTree): chapters and sections, then the glossary and the tools."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TocNode, localized
from interact_desktop.ui import USER_ROLE

PLACE_ROLE = USER_ROLE


class TocPanel(QTreeWidget):
    placeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tocTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self._items: dict[str, QTreeWidgetItem] = {}

    def populate(
        self, handbook: Handbook, lang: str, headings: dict[str, str], with_tools: bool = True
    ) -> None:
        """Fill the tree in ``lang``; ``headings`` names the tool groups in the UI language.

        Without ``with_tools`` only the chapters are listed, which needs no tool file parsed.
        """
        expanded = {place for place, item in self._items.items() if item.isExpanded()}
        self.clear()
        self._items.clear()

        def add(node: TocNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            item = self._item(parent, handbook.title(node.id, lang), f"section:{node.id}")
            for child in node.children:
                add(child, item)

        for chapter in handbook.chapters:
            add(chapter, self)
        if not with_tools:
            return
        if handbook.glossary:
            self._item(self, headings["glossary"], "glossary:")
        groups = (
            ("checklist", headings["checklists"], handbook.checklists),
            ("flowchart", headings["flowcharts"], handbook.flowcharts),
            ("scenario", headings["scenarios"], handbook.scenarios),
        )
        for kind, heading, tools in groups:
            if not tools:
                continue
            group = QTreeWidgetItem(self, [heading])
            self._items[f"group:{kind}"] = group
            # Sorted as the reader reads them, in their language, not by file name.
            from interact_desktop.core.text import fold

            rows = [(localized(tool.title, lang), tool.id) for tool in tools.values()]
            for title, ident in sorted(rows, key=lambda row: fold(row[0])):
                self._item(group, title, f"{kind}:{ident}")
        for place in expanded:
            if place in self._items:
                self._items[place].setExpanded(True)

    def item(self, place: str) -> QTreeWidgetItem | None:
        """The entry that opens ``place``, if the contents list it."""
        return self._items.get(place)

    def select(self, place: str) -> None:
        item = self._items.get(place)
        if item is None:
            return
        self.blockSignals(True)
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def _item(self, parent, title: str, place: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [title])
        item.setData(0, PLACE_ROLE, place)
        item.setToolTip(0, title)
        self._items[place] = item
        return item

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        place = item.data(0, PLACE_ROLE)
        if place:
            self.placeRequested.emit(place)
        else:
            item.setExpanded(not item.isExpanded())
