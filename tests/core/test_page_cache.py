import os

from interact_desktop.core.content.page_cache import PageCache


def test_hit_until_the_source_or_the_version_changes(tmp_path):
    source = tmp_path / "about.md"
    source.write_text("# About\n", encoding="utf-8")
    cache = PageCache(tmp_path / "cache", "1.0")
    assert cache.get("el", "about", source) is None
    cache.put("el", "about", source, "<h1>About</h1>")
    assert cache.get("el", "about", source) == "<h1>About</h1>"
    assert PageCache(tmp_path / "cache", "1.1").get("el", "about", source) is None
    source.write_text("# About this content\n", encoding="utf-8")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cache.get("el", "about", source) is None


def test_unwritable_or_damaged_cache_only_costs_speed(tmp_path):
    source = tmp_path / "a.md"
    source.write_text("x", encoding="utf-8")
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    cache = PageCache(blocker, "1.0")
    cache.put("en", "a", source, "<p>x</p>")
    assert cache.get("en", "a", source) is None
    good = PageCache(tmp_path / "good", "1.0")
    good.put("en", "a", source, "<p>x</p>")
    (tmp_path / "good" / "en" / "a.html").write_bytes(b"\xff\xfe broken")
    assert good.get("en", "a", source) is None
