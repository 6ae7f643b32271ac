"""A tiny handbook with two country notes in five languages, for the country-note tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO
from tests.core.search.conftest import write_tiny_content

COUNTRIES = """\
[[country]]
id = "gr"
checked_as_of = "2026-12-07"
name.en = "Greece"
name.nl = "Griekenland"
name.fr = "Grèce"
name.el = "Ελλάδα"
name.it = "Grecia"
where.en = "In Greece"
where.nl = "In Griekenland"
where.fr = "En Grèce"
where.el = "Στην Ελλάδα"
where.it = "In Grecia"

[[country]]
id = "it"
checked_as_of = "2026-12-07"
name.en = "Italy"
name.nl = "Italië"
name.fr = "Italie"
name.el = "Ιταλία"
name.it = "Italia"
where.en = "In Italy"
where.nl = "In Italië"
where.fr = "En Italie"
where.el = "Στην Ιταλία"
where.it = "In Italia"

[[topic]]
id = "missing"
sections = ["children"]
title.en = "When a child goes missing"
title.nl = "Als een kind vermist raakt"
title.fr = "Quand un enfant disparaît"
title.el = "Όταν ένα παιδί εξαφανίζεται"
title.it = "Quando un minore scompare"

[[topic]]
id = "guardianship"
sections = ["children", "other"]
title.en = "Guardianship"
title.nl = "Voogdij"
title.fr = "Tutelle"
title.el = "Επιτροπεία"
title.it = "Tutela"
"""

#: Per language: the name heading, and the two topics' headings and bodies. Each body has one
#: {tbc} marker and one link, so the translations agree with English.
WORDS = {
    "en": ("Report at once to the police; no waiting period applies. The prefecture is told "
           "{tbc}. See [the first hours](section:children).",
           "The juvenile court appoints a volunteer guardian."),
    "nl": ("Meld het meteen bij de politie; er geldt geen wachttijd. De prefectuur wordt "
           "ingelicht {tbc}. Zie [de eerste uren](section:children).",
           "De jeugdrechtbank benoemt een vrijwillige voogd."),
    "fr": ("Signalez immédiatement à la police, sans délai d'attente. La préfecture est avisée "
           "{tbc}. Voir [les premières heures](section:children).",
           "Le tribunal pour mineurs désigne un tuteur bénévole."),
    "el": ("Δηλώστε αμέσως στην αστυνομία, χωρίς χρόνο αναμονής. Ενημερώνεται η νομαρχία "
           "{tbc}. Δείτε [τις πρώτες ώρες](section:children).",
           "Το δικαστήριο ανηλίκων διορίζει εθελοντή επίτροπο."),
    "it": ("Denunciare subito alla polizia, senza tempi di attesa. Viene informata la Prefettura "
           "{tbc}. Vedere [le prime ore](section:children).",
           "Il Tribunale per i minorenni nomina un tutore volontario."),
}  # fmt: skip
TITLES = {
    "en": ("When a child goes missing", "Guardianship"),
    "nl": ("Als een kind vermist raakt", "Voogdij"),
    "fr": ("Quand un enfant disparaît", "Tutelle"),
    "el": ("Όταν ένα παιδί εξαφανίζεται", "Επιτροπεία"),
    "it": ("Quando un minore scompare", "Tutela"),
}
NAMES = {
    "gr": {"en": "Greece", "nl": "Griekenland", "fr": "Grèce", "el": "Ελλάδα", "it": "Grecia"},
    "it": {"en": "Italy", "nl": "Italië", "fr": "Italie", "el": "Ιταλία", "it": "Italia"},
}


def note_text(country: str, lang: str) -> str:
    missing, guardian = WORDS[lang]
    first, second = TITLES[lang]
    return (
        f"# {NAMES[country][lang]}\n\n## {first} {{#missing}}\n\n{missing}\n\n"
        f"## {second} {{#guardianship}}\n\n{guardian}\n"
    )


def write_country_content(root: Path) -> Path:
    write_tiny_content(root)
    (root / "countries.toml").write_text(COUNTRIES, encoding="utf-8")
    shutil.copy(REPO / "content" / "export_labels.toml", root / "export_labels.toml")
    for lang in LANGUAGES:
        folder = root / "countries" / lang
        folder.mkdir(parents=True)
        for country in NAMES:
            (folder / f"{country}.md").write_text(note_text(country, lang), encoding="utf-8")
    return root
