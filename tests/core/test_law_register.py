"""The law register: each check-content rule on a copy broken on purpose, the shipped content
passing them, and what the reader is shown (link titles, popover, the Laws cited page)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.law_page import (
    format_date,
    laws_cited,
    linked_label,
    popover,
)
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO

LAW_WORDS = ("law", "instrument", "role", "edition", "article is written")


def report(content: Path):
    return check_handbook(load_handbook(content))


def formatted(problems, content: Path) -> list[str]:
    return [p.format(relative_to=content.parent) for p in problems]


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_content_passes_the_law_rules_without_warnings():
    found = report(REPO / "content")
    law_problems = [m for m in formatted(found.problems, REPO) if any(w in m for w in LAW_WORDS)]
    assert law_problems == []
    assert found.warnings == []
    handbook = load_handbook(REPO / "content")
    assert handbook.edition is not None and handbook.edition.law_as_of == dt.date(2026, 12, 1)
    for lang in LANGUAGES:
        assert found.counts[lang].laws_cited >= 30


def test_link_to_an_unknown_law_or_role_fails(content_copy: Path):
    path = content_copy / "sections" / "en" / "response-sis-alerts.md"
    replace_in(path, "](law:reg-2018-1862)", "](law:reg-2099-1)")
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nCall the [bureau](role:no-such-role).\n", encoding="utf-8")
    found = formatted(report(content_copy).problems, content_copy)
    law_line = line_of(path, "law:reg-2099-1")
    role_line = line_of(path, "role:no-such-role")
    where = "content/sections/en/response-sis-alerts.md"
    assert f"{where}:{law_line}: broken link: no law 'reg-2099-1' in laws.toml" in found
    assert f"{where}:{role_line}: broken link: no role 'no-such-role' in roles.toml" in found


def test_bare_instrument_number_in_a_section_fails(content_copy: Path):
    path = content_copy / "sections" / "fr" / "framework-trafficking-law.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nLa directive 2011/36/UE et le règlement 604/2013.\n", "utf-8")
    found = formatted(report(content_copy).problems, content_copy)
    line = line_of(path, "La directive 2011/36/UE et")
    where = f"content/sections/fr/framework-trafficking-law.md:{line}"
    assert (
        f"{where}: instrument number '2011/36/UE' without a law link; "
        "link it: [...](law:dir-2011-36)" in found
    )
    assert any(m.startswith(f"{where}: instrument number '604/2013'") for m in found)


def test_number_inside_a_law_link_is_fine_but_must_be_its_own(content_copy: Path):
    path = content_copy / "sections" / "en" / "about.md"
    text = path.read_text(encoding="utf-8")
    extra = (
        "\nSee [Directive 2011/36/EU](law:dir-2011-36) and "
        "[Directive 2011/36/EU](law:reg-2016-679).\n"
    )
    path.write_text(text + extra, encoding="utf-8")
    found = formatted(report(content_copy).problems, content_copy)
    line = line_of(path, "See [Directive 2011/36/EU]")
    mine = [m for m in found if m.startswith(f"content/sections/en/about.md:{line}:")]
    assert mine[0].endswith("'2011/36' in the text of a link to law:reg-2016-679 is not its number")
    assert not any("without a law link" in m for m in mine)


def test_number_unknown_to_the_register_in_a_label_fails(content_copy: Path):
    path = content_copy / "glossary.toml"
    replace_in(path, "Directive 2011/36/EU on", "Directive 2019/99/EU on")
    found = formatted(report(content_copy).problems, content_copy)
    line = line_of(path, "Directive 2019/99/EU on")
    assert any(
        m.startswith(f"content/glossary.toml:{line}: instrument number '2019/99/EU' is not in")
        for m in found
    )


def test_repealed_instrument_without_its_successor_warns_but_does_not_fail(content_copy: Path):
    path = content_copy / "sections" / "it" / "tools-uk-examples.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nVedi la [decisione SIS II](law:dec-2007-533).\n", "utf-8")
    found = report(content_copy)
    line = line_of(path, "law:dec-2007-533")
    warning = (
        f"content/sections/it/tools-uk-examples.md:{line}: cites dec-2007-533, repealed on "
        "2023-03-07, without its successor: add a link to law:reg-2018-1862"
    )
    assert warning in formatted(found.warnings, content_copy)
    assert warning not in formatted(found.problems, content_copy)


def test_bad_register_entries_are_reported_at_their_line(content_copy: Path):
    path = content_copy / "laws.toml"
    replace_in(path, 'replaced_by = "reg-2024-1351"', 'replaced_by = "reg-2030-1"')
    replace_in(path, "adopted = 2011-04-05", 'adopted = "5 April 2011"')
    lines = path.read_text(encoding="utf-8").splitlines()
    greek = next(i for i, line in enumerate(lines) if line.startswith("title.el"))
    del lines[greek]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = formatted(report(content_copy).problems, content_copy)
    adopted = line_of(path, 'adopted = "5 April 2011"')
    dublin = line_of(path, 'id = "reg-2013-604"')
    assert (
        f"content/laws.toml:{adopted}: 'adopted' must be a date written as 2026-12-01 (no quotes)"
        in found
    )
    assert f"content/laws.toml:{dublin}: 'replaced_by' names unknown law 'reg-2030-1'" in found
    assert any("Greek text of 'title' is missing" in m for m in found)


def test_link_title_popover_and_laws_cited_page_in_greek_and_french():
    handbook = load_handbook(REPO / "content")
    renderer = PageRenderer(handbook)
    html = renderer.section("response-sis-alerts", "fr")
    assert 'href="law:dec-2007-533"' in html
    assert (
        'title="Décision SIS II (Décision 2007/533/JAI) — Plus en vigueur depuis le 7 mars 2023'
        in html
    )
    shown = popover(handbook, "reg-2013-604#art-8", "el")
    assert shown.heading == "Κανονισμός Δουβλίνο ΙΙΙ (Κανονισμός (ΕΕ) αριθ. 604/2013)"
    assert shown.status.startswith("Εκτός ισχύος από 1 Ιουλίου 2026")
    assert "2024/1351" in shown.status and shown.place == "laws:reg-2013-604"
    page = renderer.laws_cited("el")
    assert page.startswith("<h1>Νομοθεσία που αναφέρεται</h1>")
    assert (
        '<a name="dir-2011-36"></a>' in page and 'href="section:framework-trafficking-law"' in page
    )
    entries = {entry.law.id: entry for entry in laws_cited(handbook, "fr")}
    assert "framework-sis-eurodac" in dict(entries["reg-2018-1862"].sections)
    assert format_date(dt.date(2026, 7, 1), "fr") == "1er juillet 2026"


def test_role_link_gets_the_role_name_and_labels_link_their_numbers():
    handbook = load_handbook(REPO / "content")
    html = PageRenderer(handbook).markdown_to_html("Call [them](role:sirene-bureau).", "it")
    assert '<a href="role:sirene-bureau" title="Ufficio SIRENE">them</a>' in html
    label = linked_label(handbook, "Art. 8 della direttiva 2011/36/UE <b>", "it")
    assert label.startswith('Art. 8 della direttiva <a href="law:dir-2011-36" title="')
    assert label.endswith(">2011/36/UE</a> &lt;b&gt;")


def test_instrument_numbers_are_told_from_other_slashes():
    from interact_desktop.core.content.laws import find_numbers

    text = "Directive (EU) 2018/1972, No 604/2013, 2007/533/JHA, Ν. 4960/2022; 24/7, 2014/2015"
    keys = [key for _, _, key in find_numbers(text)]
    assert keys == ["2018/1972", "604/2013", "2007/533", "4960/2022"]
