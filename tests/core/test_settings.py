"""Settings: every key read back as written, and any nonsense read as the key's default."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from interact_desktop.core import settings as keys
from interact_desktop.core.settings import Settings

ALL_KEYS = [value for value in vars(keys).values() if isinstance(value, keys.Key)]


def test_every_key_round_trips_through_the_file(tmp_path):
    path = tmp_path / "settings.ini"
    written = {
        keys.LANGUAGE: "el",
        keys.LAST_PLACE: "section:response-first-hours#steps",
        keys.ZOOM: 1.4,
        keys.PARALLEL_VISIBLE: True,
        keys.PARALLEL_LANGUAGE: "fr",
        keys.PARALLEL_LINKED: False,
        keys.THEME: "dark",
        keys.AUTHOR: "Μαρία Κ.",
        keys.EXPORT_FOLDER: str(tmp_path / "ü"),
        keys.BACKUP_FOLDER: str(tmp_path),
        keys.GEOMETRY: bytes(range(256)),
        keys.WINDOW_STATE: b"\x00\x01state",
        keys.SPLITTER: b"",
        keys.SIDEBAR_VISIBLE: False,
        keys.AUTO_LOCK_MINUTES: 17,
        keys.RECENT_PLACES: ("section:response-hotline", "flowchart:child-missing"),
        keys.COUNTRY: "gr",
    }
    assert set(written) == set(ALL_KEYS), "a key was added: give it a value here"
    first = Settings(path)
    for key, value in written.items():
        first.set(key, value)
    again = Settings(path)
    assert {key: again.get(key) for key in written} == written
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("language=xx", keys.LANGUAGE),
        ("zoom=abc", keys.ZOOM),
        ("zoom=nan", keys.ZOOM),
        ("zoom=1e308", keys.ZOOM),
        ("parallelVisible=maybe", keys.PARALLEL_VISIBLE),
        ("sidebarVisible=sometimes", keys.SIDEBAR_VISIBLE),
        ("parallelLanguage=", keys.PARALLEL_LANGUAGE),
        ("theme=purple", keys.THEME),
        ("geometry=@ByteArray(\\x1\\xd9)", keys.GEOMETRY),
        ("windowState=%%%", keys.WINDOW_STATE),
    ],
)
def test_a_nonsense_value_reads_as_the_default_and_is_logged(tmp_path, caplog, line, key):
    path = tmp_path / "settings.ini"
    path.write_text(f"[General]\n{line}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert Settings(path).get(key) == key.default
    assert key.name in caplog.text


def test_grouped_keys_are_checked_too(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[notebook]\nautoLockMinutes=-5\n", encoding="utf-8")
    assert Settings(path).get(keys.AUTO_LOCK_MINUTES) == keys.AUTO_LOCK_MINUTES.default


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(4096),
        b"\xff\xfe\x00garbage",
        b"no section header at all\nzoom=2\n",
        b"[General]\n[General]\nzoom=2\nzoom=3\n",
        b"[General\nzoom=2\n",
    ],
)
def test_an_unreadable_file_reads_as_defaults_and_is_replaced_on_the_next_save(tmp_path, content):
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    settings = Settings(path)
    values = {key: settings.get(key) for key in ALL_KEYS}
    assert all(isinstance(value, type(key.default)) for key, value in values.items())
    settings.set(keys.ZOOM, 1.25)
    assert Settings(path).get(keys.ZOOM) == 1.25


def test_a_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    Settings(path).set(keys.AUTHOR, "before")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys, "write_atomic", full_disk)
    Settings(path).set(keys.AUTHOR, "after")  # logged, not raised
    assert Settings(path).get(keys.AUTHOR) == "before"


def test_with_write_later_a_set_waits_for_save(tmp_path):
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    asked = []
    settings.write_later = lambda: asked.append(True)
    settings.set(keys.ZOOM, 1.4)
    settings.set(keys.LAST_PLACE, "section:response-found")
    assert asked == [True, True] and not path.exists()  # turning pages does not touch the disk
    settings.save()
    again = Settings(path)
    assert again.get(keys.ZOOM) == 1.4
    assert again.get(keys.LAST_PLACE) == "section:response-found"


def test_a_damaged_line_costs_only_its_own_setting(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\nlanguage=el\nthis line is not a setting\ngeometry=AAE=\n"
        "[notebook\nautoLockMinutes=9\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.get(keys.LANGUAGE) == "el"
    assert settings.get(keys.GEOMETRY) == b"\x00\x01"  # base64 keeps its "=" padding
    # "[notebook" opens no section: the minutes after it belong to [General], not [notebook].
    assert settings.get(keys.AUTO_LOCK_MINUTES) == keys.AUTO_LOCK_MINUTES.default
