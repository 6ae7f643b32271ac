"""check_handbook on the shipped content and on copies broken on purpose, one fault at a time."""

from __future__ import annotations

import re
from pathlib import Path

from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO


def messages(content: Path) -> list[str]:
    return [
        p.format(relative_to=content.parent)
        for p in check_handbook(load_handbook(content)).problems
    ]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_shipped_content_has_no_problems():
    assert messages(REPO / "content") == []


def test_shipped_content_exercises_every_structural_feature():
    handbook = load_handbook(REPO / "content")
    depths = [depth for _, depth in handbook.walk()]
    assert max(depths) >= 2, "nested sections"
    english = "\n".join(handbook.text(s, "en").body for s in handbook.section_ids())
    assert "](section:" in english and "](figure:" in english
    assert re.search(r"^\|.*\|\s*$", english, re.MULTILINE), "a table"
    assert handbook.checklists and handbook.flowcharts and len(handbook.glossary) >= 3
    for lang in LANGUAGES:
        assert all(handbook.text(s, lang) for s in handbook.section_ids())


def test_broken_link_is_reported_with_file_and_line(content_copy: Path):
    path = content_copy / "sections" / "fr" / "response-first-hours.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("](section:response-hotline)", "](section:no-such-id)", 1), "utf-8"
    )
    line = line_of(path, "section:no-such-id")
    found = messages(content_copy)
    assert (
        f"content/sections/fr/response-first-hours.md:{line}: broken link: no section 'no-such-id'"
        in found
    )


def test_missing_translation_of_a_label_is_reported_at_its_line(content_copy: Path):
    path = content_copy / "checklists" / "missing-first-hours.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    greek = next(i for i, line in enumerate(lines) if line.startswith("label.el"))
    del lines[greek]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    english_line = max(i for i, line in enumerate(lines[:greek], 1) if line.startswith("label.en"))
    found = messages(content_copy)
    expected = (
        f"content/checklists/missing-first-hours.toml:{english_line}: "
        "Greek text of 'label' is missing"
    )
    assert expected in found


def test_missing_section_file_is_reported_where_the_id_is_declared(content_copy: Path):
    (content_copy / "sections" / "it" / "response-hotline.md").unlink()
    line = line_of(content_copy / "structure.toml", '"response-hotline"')
    found = messages(content_copy)
    assert any(
        m.startswith(f"content/structure.toml:{line}: 'response-hotline' has no Italian text")
        for m in found
    )


def test_malformed_toml_is_reported_with_its_line(content_copy: Path):
    path = content_copy / "flowcharts" / "child-missing.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = 'title.nl = "unterminated'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = messages(content_copy)
    assert any(
        m.startswith("content/flowcharts/child-missing.toml:5: malformed TOML") for m in found
    )


def test_links_that_differ_between_languages_are_reported(content_copy: Path):
    path = content_copy / "sections" / "el" / "response-found.md"
    text = path.read_text(encoding="utf-8")
    target = re.search(r"\]\((section:[a-z-]+)\)", text).group(1)
    path.write_text(text.replace(f"]({target})", "](https://example.org)", 1), "utf-8")
    found = messages(content_copy)
    assert any(
        "response-found.md:1: links differ from English: missing " + target in m for m in found
    )


def test_flowchart_graph_errors_are_reported(content_copy: Path):
    path = content_copy / "flowcharts" / "child-missing.toml"
    text = path.read_text(encoding="utf-8")
    first_edge = text.index("[[edge]]")
    broken = (
        text[:first_edge] + '[[edge]]\nfrom = "noticed"\nto = "nowhere"\n\n' + text[first_edge:]
    )
    path.write_text(broken, encoding="utf-8")
    found = messages(content_copy)
    line = line_of(path, 'to = "nowhere"')
    assert f"content/flowcharts/child-missing.toml:{line}: edge to unknown node 'nowhere'" in found


def test_unknown_key_and_bad_type_are_reported(content_copy: Path):
    path = content_copy / "checklists" / "missing-first-hours.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('type = "datetime"', 'type = "timestamp"', 1)
    text = text.replace("required = true", "requird = true", 1)
    path.write_text(text, encoding="utf-8")
    found = "\n".join(messages(content_copy))
    assert "unknown type 'timestamp'" in found
    assert "unknown key 'requird'" in found


def test_unknown_node_kind_and_group_field_type_are_reported_at_their_line(content_copy: Path):
    flowchart = content_copy / "flowcharts" / "child-missing.toml"
    flowchart.write_text(
        flowchart.read_text(encoding="utf-8").replace('kind = "action"', 'kind = "wait"', 1),
        encoding="utf-8",
    )
    checklist = content_copy / "checklists" / "identifying-information.toml"
    text = checklist.read_text(encoding="utf-8")
    field_at = text.index("[[item.field]]")
    text = text[:field_at] + text[field_at:].replace('type = "text"', 'type = "colour"', 1)
    checklist.write_text(text, encoding="utf-8")
    found = messages(content_copy)
    kind_line = line_of(flowchart, 'kind = "wait"')
    type_line = line_of(checklist, 'type = "colour"')
    assert any(
        m.startswith(f"content/flowcharts/child-missing.toml:{kind_line}: unknown kind 'wait'")
        for m in found
    )
    assert any(
        m.startswith(
            f"content/checklists/identifying-information.toml:{type_line}: unknown type 'colour'"
        )
        for m in found
    )


def test_loading_broken_content_keeps_the_rest_usable(content_copy: Path):
    (content_copy / "glossary.toml").write_text("[[term]\n", encoding="utf-8")
    handbook = load_handbook(content_copy)
    assert handbook.glossary == ()
    assert handbook.checklists and handbook.text("about", "el") is not None
