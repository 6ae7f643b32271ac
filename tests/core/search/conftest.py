"""A small handbook in five languages whose words the search tests can rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from interact_desktop.core.content.handbook import Handbook, load_handbook
from interact_desktop.core.languages import LANGUAGES
from interact_desktop.core.search.index_store import IndexStore, content_key

TEXTS = {
    "en": ("Children", "Missing children need a guardian at once.\n\n## Reporting\n\nThe police "
           "take the report of the missing child."),
    "nl": ("Kinderen", "Vermiste kinderen hebben meteen een voogd nodig.\n\n## Melding\n\nDe "
           "voogden van de kinderen melden de vermissing bij de politie."),
    "fr": ("Enfants", "Les enfants disparus ont besoin d'un tuteur sans délai.\n\n"
           "## Signalement\n\nL'enfant est signalé à la police par l'équipe."),
    "el": ("Παιδιά", "Τα εξαφανισμένα παιδιά χρειάζονται αμέσως επίτροπο.\n\n## Δήλωση\n\n"
           "Η ΔΗΛΩΣΗ ΤΟΥ ΠΑΙΔΙΟΥ γίνεται στην αστυνομία."),
    "it": ("Minori", "I minori scomparsi hanno bisogno subito di tutori.\n\n## Denuncia\n\n"
           "La denuncia dell'autorità arriva alla polizia."),
}  # fmt: skip


def write_tiny_content(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "structure.toml").write_text(
        '[[chapter]]\nid = "children"\n\n[[chapter]]\nid = "other"\n', encoding="utf-8"
    )
    for lang in LANGUAGES:
        folder = root / "sections" / lang
        folder.mkdir(parents=True)
        title, body = TEXTS[lang]
        (folder / "children.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
        (folder / "other.md").write_text(f"# {lang} other\n\nNothing here.\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def tiny_handbook(tmp_path_factory) -> Handbook:
    return load_handbook(write_tiny_content(tmp_path_factory.mktemp("tiny") / "content"))


@pytest.fixture(scope="session")
def tiny_store(tiny_handbook, tmp_path_factory) -> IndexStore:
    store = IndexStore(tmp_path_factory.mktemp("cache"), content_key(tiny_handbook.root, "test"))
    store.build(tiny_handbook)
    return store
