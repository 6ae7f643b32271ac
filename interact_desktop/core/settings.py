"""The user's settings: every key declared once, with its type, its default and what it accepts.

The file is an ini file (``[General]`` for plain keys, ``[group]`` for ``group/key``) that the GUI
and the command line read through this one module, so they can never disagree on its encoding.
A value that does not parse, or lies outside what its key accepts, reads as the key's default and
is logged; a file that cannot be read at all (random bytes, a broken section) reads as empty. A
settings file must never stop the app from starting.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from interact_desktop.core.atomic import write_atomic
from interact_desktop.core.languages import LANGUAGES

T = TypeVar("T")
_LOG = logging.getLogger(__name__)
_GENERAL = "General"


class Key(NamedTuple, Generic[T]):
    """One setting: its name in the file, its default, and how it is read and written.

    ``parse`` raises ValueError for a value the key does not accept.
    """

    name: str
    default: T
    parse: Callable[[str], T]
    format: Callable[[T], str] = str


def _text(value: str) -> str:
    return value


def _country(value: str) -> str:
    """ "", "other" or a two-letter country id (ISO 3166 alpha-2, as the content writes it)."""
    if value in ("", "other") or (len(value) == 2 and value.isascii() and value.islower()):
        return value
    raise ValueError(f"not a country id: {value!r}")


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(f"not a yes/no value: {value!r}")


def _format_bool(value: bool) -> str:
    return "true" if value else "false"


def _choice(*allowed: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(map(repr, allowed))}")
        return value

    return parse


def _number_between(low: float, high: float) -> Callable[[str], float]:
    def parse(value: str) -> float:
        number = float(value)
        if not low <= number <= high:  # also refuses nan
            raise ValueError(f"{number} is outside {low}..{high}")
        return number

    return parse


def _whole_between(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        number = int(value)
        if not low <= number <= high:
            raise ValueError(f"{number} is outside {low}..{high}")
        return number

    return parse


def _bytes(value: str) -> bytes:
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError(f"not base64: {error}") from error


def _format_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


# -- the keys ---------------------------------------------------------------------------------

LANGUAGE = Key("language", "", _choice("", *LANGUAGES))
LAST_PLACE = Key("lastPlace", "", _text)
#: The pages opened last, newest first ("section:x|flowchart:y"), for the start page.
RECENT_PLACES: Key[tuple[str, ...]] = Key(
    "recentPlaces", (), lambda value: tuple(p for p in value.split("|") if p), "|".join
)
ZOOM = Key("zoom", 1.0, _number_between(0.5, 4.0))
PARALLEL_VISIBLE = Key("parallelVisible", False, _bool, _format_bool)
PARALLEL_LANGUAGE = Key("parallelLanguage", "en", _choice(*LANGUAGES))
PARALLEL_LINKED = Key("parallelLinked", True, _bool, _format_bool)  # the two panes scroll together
THEME = Key("theme", "system", _choice("system", "light", "dark"))
AUTHOR = Key("author", "", lambda value: value.strip())
EXPORT_FOLDER = Key("exportFolder", "", _text)
BACKUP_FOLDER = Key("backupFolder", "", _text)
GEOMETRY = Key("geometry", b"", _bytes, _format_bytes)
WINDOW_STATE = Key("windowState", b"", _bytes, _format_bytes)
SPLITTER = Key("splitter", b"", _bytes, _format_bytes)
#: The sidebar (contents, search, bookmarks, notebook) shown beside the text, or folded away.
SIDEBAR_VISIBLE = Key("sidebarVisible", True, _bool, _format_bool)
#: The country the user works in, for the country notes on sections: "" until asked, "other"
#: for a country without a note. An id the content no longer has reads as "other" in the UI.
COUNTRY = Key("country", "", _country)
OTHER_COUNTRY = "other"
AUTO_LOCK_MINUTES = Key("notebook/autoLockMinutes", 5, _whole_between(1, 240))


def parse_ini(text: str) -> dict[str, dict[str, str]]:
    """The ``[section]`` / ``key=value`` lines of a settings file, as this module writes them
    (configparser reads the same, but its import costs 4 ms of every start). A line that is
    neither is skipped and logged, so one damaged line costs only its own setting."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        name, equals, value = line.partition("=")
        if not equals or current is None or not name.strip():
            _LOG.warning("settings line %d is not 'key=value' in a [section]: skipped", number)
            continue
        current[name.strip()] = value.strip()
    return sections


class Settings:
    """The settings file, read once and written whole, atomically (mode 0600).

    A ``set`` writes at once, unless ``write_later`` is given: then it is called instead, and
    the owner calls ``save`` when it suits (the window does so after a pause and on closing, so
    turning pages or zooming with the keyboard never waits for the disk).
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.write_later: Callable[[], None] | None = None
        self._unsaved = False
        self._sections: dict[str, dict[str, str]] = {}
        if path is not None:
            self._read(path)

    def _read(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as error:
            _LOG.warning("settings file %s cannot be read, using defaults: %s", path, error)
            return
        self._sections = parse_ini(text)

    @staticmethod
    def _where(key: Key[T]) -> tuple[str, str]:
        group, _, name = key.name.rpartition("/")
        return group or _GENERAL, name

    def get(self, key: Key[T]) -> T:
        section, name = self._where(key)
        raw = self._sections.get(section, {}).get(name)
        if raw is None:
            return key.default
        try:
            return key.parse(raw)
        except (ValueError, TypeError, OverflowError) as error:
            _LOG.warning("setting %s: %s; using %r", key.name, error, key.default)
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        section, name = self._where(key)
        values = self._sections.setdefault(section, {})
        text = key.format(value)
        if values.get(name) == text:
            return
        values[name] = text
        self._unsaved = True
        if self.write_later is None:
            self.save()
        else:
            self.write_later()

    def save(self) -> None:
        """Write what was set since the last save, if anything."""
        if self.path is None or not self._unsaved:
            return
        self._unsaved = False
        lines: list[str] = []
        for section, values in self._sections.items():
            lines.append(f"[{section}]")
            lines.extend(f"{name}={value}" for name, value in values.items())
            lines.append("")
        try:
            write_atomic(self.path, "\n".join(lines), durable=False)
        except OSError as error:  # a full disk must not end the session; the old file stays
            self._unsaved = True  # tried again at the next save
            _LOG.warning("settings could not be saved to %s: %s", self.path, error)
