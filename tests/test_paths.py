"""Where the app keeps its user data: private folders, and a layout that holds on Windows too."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PureWindowsPath

import pytest

from interact_desktop import paths
from interact_desktop.paths import UserPaths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A umask that takes nothing away, so only the app decides the modes."""
    before = os.umask(0)
    yield
    os.umask(before)


def test_new_folders_are_private_whatever_the_umask(tmp_path, open_umask):
    user = UserPaths.for_basedir(tmp_path / "base").ensure()
    assert [mode(p) for p in user] == [0o700, 0o700, 0o700]


def test_folders_made_with_looser_modes_are_tightened_and_their_parent_is_left(tmp_path):
    base = tmp_path / "stick"
    base.mkdir()
    base.chmod(0o755)
    for name in ("data", "cache", "config"):
        (base / name).mkdir()
        (base / name).chmod(0o755)
    user = UserPaths.for_basedir(base).ensure()
    assert [mode(p) for p in user] == [0o700, 0o700, 0o700]
    assert mode(base) == 0o755


def test_without_posix_modes_no_mode_is_changed(tmp_path, monkeypatch):
    """Windows: the folders are made, and chmod (which only sets a read-only flag there) is
    never called."""
    monkeypatch.setattr(paths, "MODES", False)

    def refuse(*args, **kwargs):
        raise AssertionError("chmod on a platform without POSIX modes")

    monkeypatch.setattr(Path, "chmod", refuse)
    (tmp_path / "base" / "data").mkdir(parents=True)
    user = UserPaths.for_basedir(tmp_path / "base").ensure()
    assert all(p.is_dir() for p in user)


def test_the_layout_under_a_windows_folder():
    """A portable copy on a USB stick seen by Windows: drive, backslashes, nothing POSIX."""
    user = UserPaths.under(PureWindowsPath(r"E:\INTERACT"))
    assert str(user.data) == r"E:\INTERACT\data"
    assert str(user.settings_file) == r"E:\INTERACT\config\settings.ini"
    assert str(user.contacts_file) == r"E:\INTERACT\data\contacts\contacts.json"
    assert str(user.exercises_dir) == r"E:\INTERACT\data\exercises"
    assert user.bookmarks_file.drive == "E:"
