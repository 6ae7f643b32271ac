"""Labels of tools (checklist help, injects, glossary definitions) link their instrument numbers,
and the notes' fixed words come from the export labels: two different helpers of the renderer."""

from __future__ import annotations

from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.render import PageRenderer


def test_a_glossary_definition_links_its_instrument_and_a_marker_is_in_words():
    handbook = load_handbook(paths.content_dir())
    renderer = PageRenderer(handbook)
    glossary = renderer.glossary("en", "Glossary")
    assert 'href="law:' in glossary
    marked = renderer.with_markers("<p>A rule {tbc}</p>", "el")
    assert "{tbc}" not in marked
    assert handbook.export_label("to-be-confirmed", "el") in marked
