"""Qt widgets: thin views over core, one module per screen or panel.

Start-up rule: modules on the way to the first painted page do not import ``Qt`` from
``PySide6.QtCore`` at module level. Touching that namespace makes PySide build all of its enums at
once (about 20 ms); functions that need it after start-up import it where they use it.
"""

#: ``Qt.ItemDataRole.UserRole``, as the plain int the item APIs accept (see the rule above).
USER_ROLE = 0x0100
