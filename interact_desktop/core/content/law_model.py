"""The law register's records: each instrument the guide cites, and the edition of the guide.

Apart from the handbook's tree (``model``): the register is read after start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from interact_desktop.core.content.model import Localized

if TYPE_CHECKING:  # dates are read only with the law register, after start-up
    import datetime as dt


class Law(NamedTuple):
    """One instrument the guide cites (content/laws.toml), with the dates that give its status.

    ``replaced_by`` names the instrument that took its place (a recast, a successor);
    ``repealed_by`` the act that repealed it where no successor does the same job. Both are ids in
    the register. ``line`` is where the entry starts, for problems and the Laws cited page.
    """

    id: str
    number: str | None
    short: Localized
    title: Localized
    celex: str | None = None
    adopted: dt.date | None = None
    applies_from: dt.date | None = None
    repealed_by: str | None = None
    replaced_by: str | None = None
    repealed_on: dt.date | None = None
    amended_by: tuple[str, ...] = ()
    line: int = 1

    @property
    def successor(self) -> str | None:
        """The instrument a reader should be sent to instead of this one, if any."""
        return self.replaced_by or self.repealed_by

    def status(self, as_of: dt.date) -> str:
        """``repealed``, ``not-yet`` (adopted, not yet applicable), ``amended`` or ``in-force``."""
        if self.repealed_on is not None and self.repealed_on <= as_of:
            return "repealed"
        if self.applies_from is not None and self.applies_from > as_of:
            return "not-yet"
        return "amended" if self.amended_by else "in-force"


class Edition(NamedTuple):
    """Which edition of the guidance this is, and the date up to which its law was checked."""

    edition: str
    law_as_of: dt.date
