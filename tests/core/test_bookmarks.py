import json

from interact_desktop.core.bookmarks import BookmarkStore


def test_bookmarks_persist_across_instances(tmp_path):
    path = tmp_path / "data" / "bookmarks.json"
    store = BookmarkStore(path)
    store.add("section:response-first-hours")
    store.add("checklist:missing-first-hours")
    store.add("section:response-first-hours")
    again = BookmarkStore(path)
    assert again.places() == ["section:response-first-hours", "checklist:missing-first-hours"]
    again.remove("section:response-first-hours")
    assert BookmarkStore(path).places() == ["checklist:missing-first-hours"]
    assert list(path.parent.glob(".*.tmp")) == []


def test_damaged_file_gives_an_empty_list_not_an_error(tmp_path):
    path = tmp_path / "bookmarks.json"
    path.write_text("{not json", encoding="utf-8")
    assert BookmarkStore(path).places() == []
    path.write_text(json.dumps({"bookmarks": ["section:a", 3, None]}), encoding="utf-8")
    assert BookmarkStore(path).places() == ["section:a"]
