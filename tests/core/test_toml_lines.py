from interact_desktop.core.content.toml_lines import TomlLines

TEXT = """\
id = "x"
title.en = "Title"

[[item]]
id = "a"
label.en = "A"

[[item]]
id = "b"
label.en = "B"

  [[item.choice]]
  id = "c1"
  label.en = "C1"

  [[item.choice]]
  id = "c2"

[[chapter]]
id = "one"
  [[chapter.section]]
  id = "one-a"
    [[chapter.section.section]]
    id = "one-a-i"
"""


def test_keys_and_tables_have_their_lines():
    lines = TomlLines(TEXT)
    assert lines.line((), "title.en") == 2
    assert lines.line(("item", 0), "label.en") == 6
    assert lines.line(("item", 1), "label.en") == 10
    assert lines.line(("item", 1, "choice", 0), "label.en") == 14
    assert lines.line(("item", 1, "choice", 1), "id") == 17
    assert lines.line(("chapter", 0, "section", 0, "section", 0), "id") == 24


def test_missing_key_falls_back_to_its_table():
    lines = TomlLines(TEXT)
    assert lines.line(("item", 1, "choice", 1), "label.en") == 16
    assert lines.line(("item", 7), "id") == 1
