"""Country notes (issue 13): loading, checks on notes broken on purpose, rendering, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.render import PageRenderer
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO
from tests.core.country_content import write_country_content


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_country_content(tmp_path / "content")


def messages(root: Path) -> list[str]:
    return [p.format(relative_to=root.parent) for p in check_handbook(load_handbook(root)).problems]


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- loading ----------------------------------------------------------------------------------


def test_countries_topics_and_notes_load(content):
    handbook = load_handbook(content)
    catalogue = handbook.countries
    assert list(catalogue.countries) == ["gr", "it"]
    assert catalogue.countries["gr"].checked_as_of == "2026-12-07"
    assert catalogue.countries["gr"].where["el"] == "Στην Ελλάδα"
    assert [t.id for t in catalogue.topics_for_section("other")] == ["guardianship"]
    note = catalogue.note("it", "it")
    assert note.title == "Italia"
    assert [t.id for t in note.topics] == ["missing", "guardianship"]
    assert note.topic("guardianship").title == "Tutela"
    assert "tutore volontario" in note.topic("guardianship").body
    assert note.topic("missing").line == 3
    assert catalogue.note("xx", "en") is None
    assert handbook.problems == []


def test_content_without_countries_has_no_notes(tmp_path):
    from tests.core.search.conftest import write_tiny_content

    handbook = load_handbook(write_tiny_content(tmp_path / "content"))
    assert handbook.countries.countries == {} and handbook.countries.topics == ()
    assert check_handbook(handbook).problems == []


def test_shipped_catalogue_names_seven_countries_and_six_topics():
    catalogue = load_handbook(REPO / "content").countries
    assert list(catalogue.countries) == ["gr", "it", "fr", "be", "nl", "gb", "se"]
    assert [t.id for t in catalogue.topics] == [
        "missing", "guardianship", "trafficking", "age", "data", "terms",
    ]  # fmt: skip


def test_bad_catalogue_entries_are_reported_at_their_line(content):
    path = content / "countries.toml"
    rewrite(path, 'checked_as_of = "2026-12-07"', 'checked_as_of = "7 December"')
    rewrite(path, 'sections = ["children", "other"]', 'sections = ["children", "nowhere"]')
    rewrite(path, 'name.el = "Ιταλία"\n', "")
    rewrite(path, 'title.en = "Guardianship"', 'title.en = "Guardianship"\ncolour = "red"')
    found = messages(content)
    assert (
        f"content/countries.toml:{line_of(path, '7 December')}: "
        "'checked_as_of' must be a date like \"2026-12-07\""
    ) in found
    assert (
        f"content/countries.toml:{line_of(path, 'nowhere')}: "
        "'sections' names unknown section 'nowhere'"
    ) in found
    italy = line_of(path, 'name.en = "Italy"')
    assert f"content/countries.toml:{italy}: Greek text of 'name' is missing" in found
    assert f"content/countries.toml:{line_of(path, 'colour')}: unknown key 'colour'" in found


# -- checks -----------------------------------------------------------------------------------


def test_every_note_in_every_language_is_counted(content):
    report = check_handbook(load_handbook(content))
    assert report.problems == []
    assert {lang: report.counts[lang].country_notes for lang in LANGUAGES} == dict.fromkeys(
        LANGUAGES, 2
    )


def test_missing_note_is_reported_where_the_country_is_declared(content):
    (content / "countries" / "fr" / "it.md").unlink()
    found = messages(content)
    line = line_of(content / "countries.toml", 'id = "it"')
    assert (
        f"content/countries.toml:{line}: country 'it' has no French note (countries/fr/it.md)"
        in found
    )


def test_unknown_country_and_unknown_topic_are_errors(content):
    (content / "countries" / "nl" / "xx.md").write_text("# X\n", encoding="utf-8")
    path = content / "countries" / "el" / "gr.md"
    rewrite(path, "{#guardianship}", "{#guardians}")
    found = messages(content)
    assert "content/countries/nl/xx.md:1: unknown country 'xx' (countries.toml)" in found
    line = line_of(path, "{#guardians}")
    assert any(m.startswith(f"content/countries/el/gr.md:{line}: unknown topic 'guardians'")
               for m in found)  # fmt: skip
    assert "content/countries/el/gr.md:1: topics missing: guardianship" in found


def test_heading_without_topic_id_and_topics_out_of_order(content):
    path = content / "countries" / "en" / "it.md"
    text = path.read_text(encoding="utf-8")
    first = text.split("## Guardianship")[0]
    path.write_text(
        first.replace("# Italy\n\n", "# Italy\n\n## Guardianship {#guardianship}\n\nA.\n\n", 1)
        + "## Where to start\n\nB.\n",
        encoding="utf-8",
    )
    found = messages(content)
    assert any("topics out of order: write them as missing, guardianship" in m for m in found)
    line = line_of(path, "## Where to start")
    expected = "a topic heading ends with its id: '## Title {#topic}'"
    assert f"content/countries/en/it.md:{line}: {expected}" in found


def test_translation_parity_links_markers_and_length(content):
    nl = content / "countries" / "nl" / "gr.md"
    rewrite(nl, "](section:children)", "](section:other)")
    fr = content / "countries" / "fr" / "gr.md"
    rewrite(fr, " {tbc}", "")
    it = content / "countries" / "it" / "gr.md"
    rewrite(it, "Il Tribunale per i minorenni nomina un tutore volontario.", "Tutore.")
    rewrite(it, "Denunciare subito alla polizia, senza tempi di attesa. ", "")
    found = messages(content)
    assert (
        "content/countries/nl/gr.md:1: links differ from English: missing section:children; "
        "not in English section:other"
    ) in found
    assert (
        "content/countries/fr/gr.md:1: {tbc} markers differ from English: missing 0 (English 1)"
        in found
    )
    assert any(m.startswith("content/countries/it/gr.md:1: length is ") for m in found)


def test_country_links_must_name_a_known_country_and_topic(content):
    path = content / "sections" / "en" / "children.md"
    rewrite(
        path,
        "Missing children need a guardian at once.",
        "See [Greece](country:gr#missing), [Italy](country:it), [Spain](country:es#missing) "
        "and [Greece](country:gr#weather).",
    )
    found = messages(content)
    broken = [m for m in found if "broken link: no country" in m]
    assert len(broken) == 2 and "'es'" in broken[0] + broken[1]


def test_shipped_notes_exist_in_every_language_when_complete():
    """Once the notes are written, check-content counts seven in each language."""
    report = check_handbook(load_handbook(REPO / "content"))
    counts = {lang: report.counts[lang].country_notes for lang in LANGUAGES}
    assert counts == dict.fromkeys(LANGUAGES, 7)


# -- rendering --------------------------------------------------------------------------------


def test_tbc_marker_is_shown_in_the_readers_language(content):
    renderer = PageRenderer(load_handbook(content))
    html = renderer.country_topic("gr", "missing", "el")
    assert "{tbc}" not in html
    assert '<span class="tbc"' in html and "(προς επιβεβαίωση σε τοπικό επίπεδο)" in html
    assert "<h3>Στην Ελλάδα: Όταν ένα παιδί εξαφανίζεται</h3>" in html
    assert 'href="section:children"' in html and 'href="country:gr"' in html
    assert "Ελέγχθηκε στις 2026-12-07" in html
    assert renderer.country_topic("gr", "nothing", "el") == ""


def test_tbc_marker_in_a_section_is_shown_too(content):
    rewrite(content / "sections" / "fr" / "children.md", "sans délai.", "sans délai {tbc}.")
    html = PageRenderer(load_handbook(content)).section("children", "fr")
    assert "{tbc}" not in html and "(à confirmer localement)" in html


def test_whole_note_and_comparison(content):
    renderer = PageRenderer(load_handbook(content))
    page = renderer.country_note("it", "fr")
    assert page.startswith("<h1>Italie</h1>")
    assert page.count("<h2>") == 2 and '<a name="guardianship"></a>' in page
    assert "(à confirmer localement)" in page
    both = renderer.country_comparison("it", "gr", "nl")
    assert both.index("Italië") < both.index("Griekenland")
    assert both.count("<tr>") == 3  # the names, then one row per topic
    assert both.count("(lokaal na te gaan)") == 2


# -- search -----------------------------------------------------------------------------------


def test_search_finds_a_word_that_occurs_only_in_a_country_note(content, tmp_path):
    from interact_desktop.core.search.index_store import IndexStore, content_key
    from interact_desktop.core.search.searcher import HandbookSearch

    handbook = load_handbook(content)
    store = IndexStore(tmp_path / "cache", content_key(handbook.root, "test"))
    store.build(handbook)
    search = HandbookSearch(store)
    try:
        result = search.search("prefettura", "it", typing=False)
        country_only = search.search("prefettura", "it", ("country",), typing=False)
        sections_only = search.search("prefettura", "it", ("section",), typing=False)
    finally:
        search.close()
    places = {hit.place for hit in result.hits}
    assert places == {"country:gr#missing", "country:it#missing"}
    hit = result.hits[0]
    assert hit.kind == "country" and hit.context in ("Grecia", "Italia")
    assert "tbc" not in "".join(s.text for s in hit.snippet)
    assert {h.place for h in country_only.hits} == places
    assert sections_only.hits == [] or not sections_only.corrected
