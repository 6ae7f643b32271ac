"""The index is verified on open: damage of any kind is detected, and a rebuild repairs it."""

from __future__ import annotations

import shutil

import pytest

from interact_desktop.core.search import index_store
from interact_desktop.core.search.index_store import IndexStore, content_key
from interact_desktop.core.search.searcher import HandbookSearch


@pytest.fixture
def store(tiny_handbook, tmp_path):
    store = IndexStore(tmp_path, content_key(tiny_handbook.root, "test"))
    store.build(tiny_handbook)
    assert store.is_valid()
    return store


def segment(store):
    return next((store.directory / "el").glob("*.seg"))


def truncate(store):
    path = segment(store)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def delete(store):
    segment(store).unlink()


def alter(store):
    path = segment(store)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate, delete, alter])
def test_damage_is_detected_and_rebuilt(store, tiny_handbook, damage):
    damage(store)
    assert not store.is_valid()
    store.build(tiny_handbook)
    assert store.is_valid()
    search = HandbookSearch(store)
    assert search.search("παιδι", "el").hits
    search.close()


def test_missing_manifest_or_folder_is_invalid(store):
    (store.directory / "manifest.json").unlink()
    assert not store.is_valid()
    shutil.rmtree(store.directory)
    assert not store.is_valid()


def test_key_follows_content_and_version(tiny_handbook, tmp_path):
    copy = tmp_path / "content"
    shutil.copytree(tiny_handbook.root, copy)
    key = content_key(copy, "1")
    assert content_key(copy, "1") == key
    assert content_key(copy, "2") != key
    (copy / "sections" / "en" / "other.md").write_text("# Changed\n", encoding="utf-8")
    assert content_key(copy, "1") != key


def test_key_follows_the_index_format(tiny_handbook, monkeypatch):
    """An index of an older format sits under another key, so it is rebuilt, never read."""
    key = content_key(tiny_handbook.root, "1")
    monkeypatch.setattr(index_store, "INDEX_FORMAT", index_store.INDEX_FORMAT + "-next")
    assert content_key(tiny_handbook.root, "1") != key


def test_new_build_removes_older_indexes(store, tiny_handbook, tmp_path):
    newer = IndexStore(tmp_path, "another-key")
    newer.build(tiny_handbook)
    assert not store.directory.exists()
    assert newer.is_valid()


def test_cancelled_build_leaves_nothing_behind(tiny_handbook, tmp_path):
    from interact_desktop.core.search.index_store import BuildCancelled

    store = IndexStore(tmp_path, "cancelled")
    with pytest.raises(BuildCancelled):
        store.build(tiny_handbook, cancelled=lambda: True)
    assert not store.directory.exists()
    assert not store.root.exists() or list(store.root.iterdir()) == []


def test_two_builders_at_once_end_with_one_valid_index(tiny_handbook, tmp_path):
    import threading

    stores = [IndexStore(tmp_path, "same-key") for _ in range(3)]
    errors = []

    def build(store):
        try:
            store.build(tiny_handbook)
        except Exception as error:  # collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=build, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert stores[0].is_valid()
    assert [p.name for p in (tmp_path / "search").iterdir()] == ["same-key"]
