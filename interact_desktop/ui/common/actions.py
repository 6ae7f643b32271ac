"""Actions built the same way everywhere: an object name, shortcuts without duplicates, a slot."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = str | QKeySequence.StandardKey


def make_action(
    parent: QObject,
    name: str,
    slot: Callable[..., object],
    shortcuts: Iterable[Shortcut] = (),
    checkable: bool = False,
    icon: str = "",
) -> QAction:
    """An action called ``name``; ``icon`` names its picture in ``common.icons``, shown in the
    menus and the toolbar."""
    action = QAction(parent)
    action.setObjectName(name)
    if icon:
        from interact_desktop.ui.common.icons import icon as icon_called

        action.setIcon(icon_called(icon))
    action.setCheckable(checkable)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        # A standard key expands to the platform's list; the same key twice is ambiguous.
        expanded = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
        for sequence in expanded:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    action.setShortcuts(sequences)
    action.triggered.connect(slot)
    return action


def key_hint(text: str, shortcut: str) -> str:
    """``text`` with %1 replaced by ``shortcut`` as the user's system names its keys, in the
    UI's language: Qt's own catalogue (qtbase) translates "Left" to "Pijl links", "Gauche",
    "Αριστερό βέλος", so the catalogues never spell key names themselves."""
    return text.replace(
        "%1", QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    )
