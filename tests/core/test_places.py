"""Places: what a link opens and where on the page it scrolls."""

from __future__ import annotations

import pytest

from interact_desktop import paths
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.places import Place

HANDBOOK = load_handbook(paths.content_dir())


@pytest.mark.parametrize(
    ("text", "page", "anchor"),
    [
        ("section:response-first-hours#steps", "section:response-first-hours", "steps"),
        ("glossary:guardian", "glossary:", "guardian"),
        ("law:dir-2011-36#art-8", "laws:", "dir-2011-36"),
        ("laws:reg-2024-1351", "laws:", "reg-2024-1351"),
        ("laws:", "laws:", ""),
        ("country:gr#missing", "country:gr", "missing"),
        ("country:se", "country:se", ""),
    ],
)
def test_a_link_opens_its_page_at_its_anchor(text, page, anchor):
    place = Place.parse(text)
    assert place is not None and place.exists_in(HANDBOOK)
    assert str(place.page()) == page
    assert Place.anchor(text) == anchor


@pytest.mark.parametrize("text", ["country:", "country:xx", "section:", "role:manager", "law:"])
def test_what_is_not_a_page_is_refused(text):
    place = Place.parse(text)
    assert place is None or not place.exists_in(HANDBOOK)
