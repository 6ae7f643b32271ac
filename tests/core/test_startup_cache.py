import os
from pathlib import Path

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.startup_cache import load_with_cache


def test_tree_and_titles_come_from_the_cache_until_a_file_changes(
    content_copy, tmp_path, monkeypatch
):
    cache = tmp_path / "startup-el.marshal"
    fresh = load_with_cache(content_copy, "el", cache)
    assert cache.exists()
    read = []
    original = Path.read_text

    def reading(path, *args, **kwargs):
        read.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", reading)
    cached = load_with_cache(content_copy, "el", cache)
    monkeypatch.undo()
    assert not [p for p in read if p.suffix in (".md", ".toml")]  # served from the cache
    assert cached.section_ids() == load_handbook(content_copy).section_ids()
    assert cached.title("response-hotline", "el") == fresh.title("response-hotline", "el")
    assert cached.chapter_of("response-first-hours-report") == "response"

    path = content_copy / "sections" / "el" / "response-hotline.md"
    text = path.read_text(encoding="utf-8").replace("\n", " (νέο)\n", 1)
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    changed = load_with_cache(content_copy, "el", cache)
    assert changed.title("response-hotline", "el").endswith("(νέο)")


def test_a_damaged_cache_is_ignored(content_copy, tmp_path):
    cache = tmp_path / "startup-en.marshal"
    cache.write_bytes(b"\x00not marshal")
    handbook = load_with_cache(content_copy, "en", cache)
    assert handbook.title("about", "en") == load_handbook(content_copy).title("about", "en")
