"""The one place that knows where bundled data, user data and the cache live.

Bundled data (content/, translations/, resources/) sits beside the package in an installed wheel
(``interact_desktop/data/...``), at the same place inside the folder of a bundled app
(PyInstaller, ``packaging/interact-desktop.spec``), and at the top of the repository in a source
checkout. User data and the cache follow the platform's conventions, or live under ``--basedir``
when one is given (tests, a portable install on a USB stick).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path, PurePath
from typing import NamedTuple

APP_NAME = "interact-desktop"
PRIVATE_FOLDER = 0o700
#: Whether folders carry POSIX modes. On Windows they do not (``chmod`` only sets a read-only
#: flag there): the user's profile folder, under which the app's folders live, is private by
#: its access list.
MODES = os.name == "posix"
_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_root() -> Path:
    """Where content/, translations/ and resources/ are: the bundle's or the wheel's data dir, or
    the repository."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle is not None:
        # A bundled app keeps its data under sys._MEIPASS, in the wheel's layout; the frozen
        # package's __file__ is only a name there, so the bundle's own root is asked directly.
        return Path(bundle) / "interact_desktop" / "data"
    installed = _PACKAGE_DIR / "data"
    if (installed / "content").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def content_dir() -> Path:
    return bundled_root() / "content"


def translations_dir() -> Path:
    return bundled_root() / "translations"


def resources_dir() -> Path:
    return bundled_root() / "resources"


def app_icon_file() -> Path:
    """The app's own icon (drawn for the project; the other icons beside it are Lucide's)."""
    return resources_dir() / "icons" / "interact-desktop.svg"


class UserPaths(NamedTuple):
    """Directories for what the app writes; created when first needed."""

    data: Path
    cache: Path
    config: Path

    @classmethod
    def for_basedir(cls, basedir: Path | None) -> UserPaths:
        if basedir is not None:
            return cls.under(basedir.expanduser().resolve())
        import platformdirs  # only here: it is slow to import and --basedir does not need it

        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, base: PurePath) -> UserPaths:
        """The layout under one folder (``--basedir``, a portable copy on a USB stick): only
        path arithmetic, so it holds for a Windows drive as for a POSIX folder."""
        return cls(base / "data", base / "cache", base / "config")  # type: ignore[arg-type]

    def ensure(self) -> UserPaths:
        """Create the three folders, private (0700): they hold the notebook, drafts, contacts
        and the settings. Made earlier with looser modes (an older version, a umask), they are
        tightened, when this account owns them; their parents (a home folder, a USB stick)
        are not the app's and are left as they are. On Windows nothing is changed (``MODES``)."""
        for path in (self.data, self.cache, self.config):
            path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            if MODES:
                _make_private(path)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    @property
    def bookmarks_file(self) -> Path:
        return self.data / "bookmarks.json"

    @property
    def exercises_dir(self) -> Path:
        """Table-top exercise runs: fictional training data, kept apart from the case notebook."""
        return self.data / "exercises"

    @property
    def contacts_file(self) -> Path:
        """The user's own contacts for the roles the guidance names: outside the encrypted
        notebook on purpose (they must open without the passphrase), in a private folder."""
        return self.data / "contacts" / "contacts.json"


def _make_private(folder: Path) -> None:
    """0700 for a folder of the app's this account owns; a folder someone else owns (a shared
    mount) is not changed, and a refusal is left to the first write there to report."""
    try:
        status = folder.stat()
        if status.st_uid == os.getuid() and stat.S_IMODE(status.st_mode) != PRIVATE_FOLDER:
            folder.chmod(PRIVATE_FOLDER)
    except OSError:
        pass
