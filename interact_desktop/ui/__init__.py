"""Qt widgets: thin views over core, one module per screen or panel.

Start-up rule: modules on the way to the first painted page do not import ``Qt`` from
``PySide6.QtCore`` at module level. Touching that namespace makes PySide build all of its enums at
once (about 20 ms); functions that need it after start-up import it where they use it.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: ``Qt.ItemDataRole.UserRole``, as the plain int the item APIs accept (see the rule above).
USER_ROLE = 0x0100


def load_pyside() -> None:
    """Import PySide6, then spare it reading the source of the modules imported after it.

    PySide reads the whole source of every module imported after it, to find out whether it uses
    PySide6 (``shibokensupport.feature._mod_uses_pyside``, for ``from __feature__ import``): on
    the way to the first paint, some fifty modules of this package and every module of the
    standard library named by an import (typing, argparse, logging and pathlib among them), about
    25 M instructions and 5 ms of every start. The answer is known for both without reading: this
    package uses PySide6 (and no ``__feature__``), the standard library does not. Other modules
    are still read, and where PySide has no such hook nothing changes.
    """
    import PySide6.QtCore  # noqa: F401  (loads shiboken, which adds the hook)

    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if reads_source is None or getattr(reads_source, "knows_the_answer", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        package = getattr(module, "__name__", "").partition(".")[0]
        if package == "interact_desktop":
            return True
        if package in sys.stdlib_module_names:
            return False
        return bool(reads_source(module))

    uses_pyside.knows_the_answer = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
